import { useState } from 'react';
import type { SourceSummary } from '../../../../shared/domain/source';
import { navigate, sourceRouteTarget } from '../../app/route';
import { shortcutLabel } from '../../app/shortcut-label';
import { views } from '../../app/views';
import { useWorkspace } from '../../app/workspace';
import { EmptyState } from '../../ui/EmptyState';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import { useImport } from '../import/import-context';
import { usePasteImport } from '../import/use-paste-import';
import { SourceReader } from '../reader/SourceReader';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { SourcesTable } from './SourcesTable';
import { useSources } from './use-sources';

const sourcesView = views[0]!;
export const IMPORT_SHORTCUT = 'Mod+Shift+O';

/**
 * `#/sources` lists every source in a table; `#/sources/12` reads one, with the list beside
 * it. Files can be imported from here (button), dropped anywhere, or pasted.
 */
export function SourcesView({ rest, onEditDetails }: { rest: string[]; onEditDetails(): void }) {
  const { sources, error } = useSources();
  const importer = useImport();
  const workspace = useWorkspace();
  const [filter, setFilter] = useState('');
  const [deleting, setDeleting] = useState<SourceSummary | null>(null);
  usePasteImport(true);
  const { sourceId: selectedId, annotationId } = sourceRouteTarget(rest);

  if (error) return <p className="view-error" role="alert">{error}</p>;
  if (!sources) return <p className="view-loading">Loading sources…</p>;

  const deleteDialog = deleting ? (
    <DeleteSourceDialog
      source={deleting}
      onClose={() => setDeleting(null)}
      onDeleted={() => {
        setDeleting(null);
        if (selectedId === deleting.id) navigate({ view: 'sources', rest: [] });
      }}
    />
  ) : null;

  const importButton = (primary: boolean) => (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button'}
      onClick={importer.chooseFiles}
      title={`Import web pages, Word, PDF, text or Markdown files (${shortcutLabel(IMPORT_SHORTCUT)})`}
    >
      <Icon name="upload" size={16} /> Import files…
    </button>
  );

  if (sources.length === 0) {
    return (
      <EmptyState icon="sources" title={sourcesView.emptyTitle} action={importButton(true)}>
        {sourcesView.emptyText} Drop files anywhere on this window, or paste copied text with{' '}
        {shortcutLabel('Mod+V')}.{' '}
        <button type="button" className="link-button" onClick={() => void workspace.openSample()}>
          Or open the sample investigation.
        </button>
      </EmptyState>
    );
  }

  if (selectedId !== null) {
    return (
      <div className="sources-layout">
        <nav className="source-list-pane" aria-label="Sources">
          <a
            className="source-list-back"
            href="#/sources"
            onClick={(event) => {
              event.preventDefault();
              navigate({ view: 'sources', rest: [] });
            }}
          >
            <Icon name="back" size={16} /> All sources
          </a>
          <ul className="source-list">
            {sources.map((source) => (
              <li key={source.id}>
                <a
                  href={`#/sources/${source.id}`}
                  className="source-item"
                  aria-current={source.id === selectedId ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate({ view: 'sources', rest: [String(source.id)] });
                  }}
                >
                  <span className="source-title">{source.title}</span>
                  <span className="source-meta">
                    {[source.outlet, source.publishedDate ? formatPartialDate(source.publishedDate) : null, `${source.wordCount.toLocaleString()} words`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="source-pane">
          <SourceReader key={selectedId} id={selectedId} annotationId={annotationId} onEditDetails={onEditDetails} />
        </div>
        {deleteDialog}
      </div>
    );
  }

  return (
    <div className="sources-index">
      <header className="view-toolbar">
        <h1 className="view-title">
          Sources <span className="view-count">{sources.length}</span>
        </h1>
        <label className="filter-field">
          <span className="visually-hidden">Filter sources</span>
          <Icon name="search" size={16} />
          <input
            type="search"
            placeholder="Filter by title, outlet, author or file"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </label>
        <span className="toolbar-spacer" />
        {importButton(true)}
      </header>
      <div className="sources-table-wrap">
        <SourcesTable sources={sources} filter={filter} onDelete={setDeleting} />
        <p className="table-footnote">Drop files anywhere on this window, or paste copied text with {shortcutLabel('Mod+V')}, to import more.</p>
      </div>
      {deleteDialog}
    </div>
  );
}
