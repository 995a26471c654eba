import { useEffect, useRef, useState } from 'react';
import { partialDateSchema } from '../../../../shared/domain/dates';
import type { SourceMetadataChanges, SourceSummary } from '../../../../shared/domain/source';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { formatFileSize } from '../../ui/describe-file';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { navigate } from '../../app/route';
import { typeLabel } from './source-list-order';
import { useSources } from './use-sources';

/** Asks the inspector to show the open source's details and put the cursor in the title. */
export const EDIT_SOURCE_DETAILS_EVENT = 'sourcebook:edit-source-details';

type FieldName = 'title' | 'outlet' | 'authors' | 'publishedDate' | 'url' | 'language' | 'description';
type Draft = Record<FieldName, string>;

function draftOf(source: SourceSummary): Draft {
  return {
    title: source.title,
    outlet: source.outlet ?? '',
    authors: source.authors.join('; '),
    publishedDate: source.publishedDate ?? '',
    url: source.url ?? '',
    language: source.language ?? '',
    description: source.description,
  };
}

function changesFrom(draft: Draft, field: FieldName): SourceMetadataChanges {
  const value = draft[field];
  if (field === 'authors') return { authors: value.split(/[;\n]/).map((name) => name.trim()).filter(Boolean) };
  if (field === 'publishedDate') return { publishedDate: value.trim() === '' ? null : value.trim() };
  return { [field]: value } as SourceMetadataChanges;
}

function dateHint(value: string): string {
  if (value.trim() === '') return 'Year, year-month or full date: 2020, 2020-09 or 2020-09-16';
  const parsed = partialDateSchema.safeParse(value.trim());
  if (!parsed.success) return 'Write it as 2020, 2020-09 or 2020-09-16';
  const precision = parsed.data.length === 4 ? 'year' : parsed.data.length === 7 ? 'month' : 'day';
  return `${formatPartialDate(parsed.data)} (to the ${precision})`;
}

const importedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/**
 * The open source's metadata, edited in place: each field is saved when it is left (or on
 * Enter), with the reason shown beside it when the services refuse it. The evidence (file,
 * hash, import time) is shown but cannot change.
 */
export function SourceInspector({ id }: { id: number }) {
  const api = useApi();
  const { sources } = useSources();
  const source = sources?.find((candidate) => candidate.id === id) ?? null;
  // Only what the reporter has typed and not yet saved: every other field shows what is
  // stored, so an edit made in another window appears here and is never saved back over.
  const [edits, setEdits] = useState<Partial<Draft>>({});
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [saved, setSaved] = useState<FieldName | null>(null);
  const [deleting, setDeleting] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focusTitle = () => {
      titleRef.current?.focus();
      titleRef.current?.select();
    };
    window.addEventListener(EDIT_SOURCE_DETAILS_EVENT, focusTitle);
    return () => window.removeEventListener(EDIT_SOURCE_DETAILS_EVENT, focusTitle);
  }, []);

  // An edit that the stored source now holds is no longer an edit.
  useEffect(() => {
    if (!source) return;
    const current = draftOf(source);
    setEdits((all) => {
      const fields = (Object.keys(all) as FieldName[]).filter((field) => all[field] === current[field]);
      if (fields.length === 0) return all;
      const next = { ...all };
      for (const field of fields) delete next[field];
      return next;
    });
  }, [source]);

  if (!sources) return <p className="inspector-empty">Loading details…</p>;
  if (!source) return <p className="inspector-empty">This source is no longer in the investigation.</p>;
  const stored = draftOf(source);
  const draft: Draft = { ...stored, ...edits };

  const forget = (field: FieldName) =>
    setEdits((current) => {
      const next = { ...current };
      delete next[field];
      return next;
    });

  async function save(field: FieldName) {
    if (!source || edits[field] === undefined) return;
    if (edits[field] === stored[field]) {
      forget(field);
      return;
    }
    try {
      const updated = await api.call('sources.update', { id: source.id, changes: changesFrom(draft, field) });
      setErrors((all) => ({ ...all, [field]: undefined }));
      // Shown as saved (normalised) until the reloaded list carries it, then dropped below.
      setEdits((current) => ({ ...current, [field]: draftOf(updated)[field] }));
      setSaved(field);
    } catch (error) {
      setErrors((all) => ({ ...all, [field]: messageOf(error) }));
    }
  }

  const input = (field: FieldName, label: string, props: { placeholder?: string; hint?: string; multiline?: boolean } = {}) => {
    const common = {
      value: draft[field],
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': `source-${field}-note`,
      placeholder: props.placeholder,
      onChange: (event: { target: { value: string } }) => {
        setSaved(null);
        setEdits((current) => ({ ...current, [field]: event.target.value }));
      },
      onBlur: () => void save(field),
    };
    return (
      <label className="field">
        <span className="field-label">
          {label}
          <span className="save-state" aria-live="polite">
            {saved === field ? 'Saved' : ''}
          </span>
        </span>
        {props.multiline ? (
          <textarea rows={4} {...common} />
        ) : (
          <input
            ref={field === 'title' ? titleRef : undefined}
            type={field === 'url' ? 'url' : 'text'}
            {...common}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void save(field);
            }}
          />
        )}
        <span id={`source-${field}-note`} className={errors[field] ? 'field-error' : 'field-hint'}>
          {errors[field] ?? props.hint ?? ''}
        </span>
      </label>
    );
  };

  return (
    <div className="source-inspector">
      <h2 className="inspector-heading">Source details</h2>
      {input('title', 'Title')}
      {input('outlet', 'Outlet', { placeholder: 'The Harbour Ledger' })}
      {input('authors', 'Authors', { placeholder: 'Separate names with ;' })}
      {input('publishedDate', 'Published', { placeholder: '2020-09-16', hint: dateHint(draft.publishedDate) })}
      {input('url', 'Web address', { placeholder: 'https://…' })}
      {input('language', 'Language', { placeholder: 'en' })}
      {input('description', 'Your description', { multiline: true, placeholder: 'Why this source matters, where it came from' })}
      <dl className="facts">
        <dt>File</dt>
        <dd>{source.fileName ?? 'Pasted'}</dd>
        <dt>Type</dt>
        <dd>{typeLabel(source)}</dd>
        <dt>Size</dt>
        <dd>{formatFileSize(source.sizeBytes)}</dd>
        <dt>Imported</dt>
        <dd>{importedFormat.format(new Date(source.importedAt))}</dd>
        <dt>SHA-256</dt>
        <dd className="hash" title={source.sha256}>
          {source.sha256}
        </dd>
      </dl>
      <button type="button" className="button button-danger-quiet" onClick={() => setDeleting(true)}>
        <Icon name="trash" size={16} /> Delete source…
      </button>
      {deleting ? (
        <DeleteSourceDialog
          source={source}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            navigate({ view: 'sources', rest: [] });
          }}
        />
      ) : null}
    </div>
  );
}
