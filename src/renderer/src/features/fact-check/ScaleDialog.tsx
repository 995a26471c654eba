import { useState } from 'react';
import type { Rating } from '../../../../shared/domain/fact-check';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { Dialog } from '../../ui/Dialog';

interface Draft {
  /** Existing ratings keep their id, so claims rated with one follow its new label. */
  id?: number;
  label: string;
  key: string;
}

let nextKey = 0;

/**
 * The investigation's rating scale, best first: rename, reorder, add, remove. The services
 * refuse what would break the sheet (a rating still in use, two alike) and say why, here.
 */
export function ScaleDialog(props: { scale: readonly Rating[]; usedIds: ReadonlySet<number>; onClose(): void }) {
  const api = useApi();
  const toasts = useToasts();
  const [drafts, setDrafts] = useState<Draft[]>(() => [...props.scale].sort((a, b) => a.position - b.position).map((rating) => ({ id: rating.id, label: rating.label, key: `r${rating.id}` })));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (index: number, label: string) => setDrafts((list) => list.map((draft, i) => (i === index ? { ...draft, label } : draft)));
  const move = (index: number, by: number) =>
    setDrafts((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item!);
      return next;
    });
  const remove = (index: number) => setDrafts((list) => list.filter((_, i) => i !== index));
  const add = () => {
    setDrafts((list) => [...list, { label: '', key: `new${nextKey++}` }]);
    window.requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.fc-scale-list li:last-child input')?.focus());
  };

  async function save() {
    setSaving(true);
    setError(null);
    try {
      await api.call('factCheck.updateScale', { ratings: drafts.map((draft) => (draft.id === undefined ? { label: draft.label } : { id: draft.id, label: draft.label })) });
      toasts.show({ tone: 'info', title: 'Rating scale saved' });
      props.onClose();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog
      title="Rating scale"
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save scale'}
          </button>
        </>
      }
    >
      <p className="hint fc-scale-intro">Best verdict first. Renaming a rating renames it on every claim rated with it; a rating still given to a claim cannot be removed.</p>
      <form
        aria-label="Ratings"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ol className="fc-scale-list">
          {drafts.map((draft, index) => (
            <li key={draft.key}>
              <span className="fc-scale-position" aria-hidden="true">
                {index + 1}
              </span>
              <input aria-label={`Rating ${index + 1}`} value={draft.label} maxLength={100} placeholder="Label, e.g. Mostly true" onChange={(event) => change(index, event.target.value)} />
              <button type="button" className="icon-button" aria-label={`Move “${draft.label}” up`} title="Move up" disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button type="button" className="icon-button" aria-label={`Move “${draft.label}” down`} title="Move down" disabled={index === drafts.length - 1} onClick={() => move(index, 1)}>
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove “${draft.label}”`}
                title={draft.id !== undefined && props.usedIds.has(draft.id) ? 'Given to a claim: rate those claims otherwise first' : 'Remove'}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button button-small" onClick={add}>
          Add a rating
        </button>
        <button type="submit" hidden />
      </form>
      {error ? (
        <p className="form-error fc-scale-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
