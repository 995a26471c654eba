import type { SourceDetail } from '../../../../../shared/domain/source';
import { Icon } from '../../../ui/icons';
import { formatPartialDate } from '../../../ui/format-date';
import { CopyHashButton } from './CopyHashButton';
import { describeFileType, formatFileSize, shortenHash } from '../../../ui/describe-file';
import { SourceLink } from './SourceLink';

interface ReaderHeaderProps {
  source: SourceDetail;
  titleId: string;
  onEditDetails?: () => void;
}

const authorList = new Intl.ListFormat('en', { type: 'conjunction' });
const importedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What the source is and where it came from, above its text: the article page's masthead. */
export function ReaderHeader({ source, titleId, onEditDetails }: ReaderHeaderProps) {
  const byline = [
    source.authors.length > 0 ? `By ${authorList.format(source.authors)}` : null,
    source.publishedDate ? formatPartialDate(source.publishedDate) : null,
  ].filter(Boolean);

  return (
    <header className="reader-header">
      <div className="reader-kicker">
        <p className="reader-outlet">{source.outlet ?? 'Source'}</p>
        {onEditDetails ? (
          <button type="button" className="button button-small reader-edit" onClick={onEditDetails}>
            <Icon name="edit" size={14} />
            Edit details
          </button>
        ) : null}
      </div>
      <h1 id={titleId} className="reader-title">
        {source.title}
      </h1>
      {byline.length > 0 ? <p className="reader-byline">{byline.join(' · ')}</p> : null}
      {source.url ? (
        <p className="reader-link">
          <Icon name="link" size={14} />
          <SourceLink url={source.url} />
        </p>
      ) : null}
      {source.description ? <p className="reader-description">{source.description}</p> : null}
      <dl className="reader-facts">
        <div>
          <dt>File</dt>
          <dd>{source.fileName ?? 'Pasted text'}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd title={source.mimeType}>{describeFileType(source.mimeType)}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{formatFileSize(source.sizeBytes)}</dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>{source.wordCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Imported</dt>
          <dd>
            <time dateTime={source.importedAt}>{importedFormat.format(new Date(source.importedAt))}</time>
          </dd>
        </div>
        <div className="reader-hash">
          <dt>SHA-256</dt>
          <dd>
            <code title={source.sha256}>{shortenHash(source.sha256)}</code>
            <CopyHashButton sha256={source.sha256} />
          </dd>
        </div>
      </dl>
    </header>
  );
}
