import { useState } from 'react';
import { partialDateSchema } from '../../../../shared/domain/dates';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { EntityChips } from './EntityChips';
import { useTagging } from '../tagging/tagging-context';
import { EMPTY_DRAFT, draftOf, entryOf, type EntryDraft } from './entry-draft';

function dateError(value: string, required: boolean): string | null {
  if (value.trim() === '') return required ? 'Give a date: YYYY, YYYY-MM or YYYY-MM-DD' : null;
  return partialDateSchema.safeParse(value.trim()).success ? null : 'Write it as YYYY, YYYY-MM or YYYY-MM-DD';
}

/** Adds an event typed on the timeline, or edits one: what, when (a partial date, an optional end), approximate, who. */
export function EntryForm(props: { editing: TimelineItem | null; onDone(item: TimelineItem | null): void }) {
  const api = useApi();
  const { record } = useTagging();
  const [draft, setDraft] = useState<EntryDraft>(() => (props.editing ? draftOf(props.editing) : EMPTY_DRAFT));
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (changes: Partial<EntryDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const whatError = draft.what.trim() === '' ? 'Say what happened' : null;
  const startError = dateError(draft.startsOn, true);
  const endError = dateError(draft.endsOn, false) ?? (draft.endsOn.trim() && draft.endsOn.trim() < draft.startsOn.trim() ? 'The end comes before the start' : null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    if (whatError || startError || endError) return;
    const entry = {
      what: draft.what.trim(),
      startsOn: draft.startsOn.trim(),
      endsOn: draft.endsOn.trim() || null,
      approximate: draft.approximate,
      entityIds: draft.entityIds,
      note: draft.note,
    };
    setSaving(true);
    try {
      const editing = props.editing;
      const item = await record(async () => {
        if (editing?.entryId) {
          const id = editing.entryId;
          const before = entryOf(editing);
          const changed = await api.call('timeline.updateEntry', { id, entry });
          return {
            result: changed,
            step: {
              label: 'Event edited',
              undo: async () => void (await api.call('timeline.updateEntry', { id, entry: before })),
              redo: async () => void (await api.call('timeline.updateEntry', { id, entry })),
            },
          };
        }
        let added = await api.call('timeline.addEntry', entry);
        return {
          result: added,
          step: {
            label: 'Event added',
            undo: async () => void (await api.call('timeline.deleteEntry', { id: added.entryId! })),
            redo: async () => void (added = await api.call('timeline.restoreEntry', { entry: { ...entry, id: added.entryId! } })),
          },
        };
      });
      props.onDone(item);
    } catch (failure) {
      setError(messageOf(failure));
      setSaving(false);
    }
  }

  const title = props.editing ? 'Edit event' : 'Add an event';
  return (
    <form className="tl-entry-form" aria-label={title} onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && props.onDone(null)}>
      <h2 className="inspector-heading">{title}</h2>
      <div className="field">
        <label className="field-label" htmlFor="tl-entry-what">
          What happened
        </label>
        <textarea id="tl-entry-what" rows={2} autoFocus value={draft.what} aria-invalid={tried && Boolean(whatError)} onChange={(event) => set({ what: event.target.value })} />
        {tried && whatError ? <p className="field-error">{whatError}</p> : null}
      </div>
      <div className="tl-entry-dates">
        <div className="field">
          <label className="field-label" htmlFor="tl-entry-start">
            When
          </label>
          <input id="tl-entry-start" placeholder="2020-09" value={draft.startsOn} aria-invalid={tried && Boolean(startError)} aria-describedby="tl-entry-date-hint" onChange={(event) => set({ startsOn: event.target.value })} />
          {tried && startError ? <p className="field-error">{startError}</p> : null}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="tl-entry-end">
            Until (optional)
          </label>
          <input id="tl-entry-end" placeholder="2021" value={draft.endsOn} aria-invalid={tried && Boolean(endError)} onChange={(event) => set({ endsOn: event.target.value })} />
          {tried && endError ? <p className="field-error">{endError}</p> : null}
        </div>
      </div>
      <p className="field-hint" id="tl-entry-date-hint">
        A year, a month or a day: 2019, 2020-09, 2020-09-16.
      </p>
      <label className="tl-check">
        <input type="checkbox" checked={draft.approximate} onChange={(event) => set({ approximate: event.target.checked })} />
        Approximate (about then)
      </label>
      <EntityChips label="Who or what" ids={draft.entityIds} inputId="tl-entry-entities" onChange={(entityIds) => set({ entityIds })} />
      <div className="field">
        <label className="field-label" htmlFor="tl-entry-note">
          Note
        </label>
        <textarea id="tl-entry-note" rows={3} value={draft.note} onChange={(event) => set({ note: event.target.value })} />
      </div>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <div className="tl-form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {props.editing ? 'Save' : 'Add event'}
        </button>
        <button type="button" className="button" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
