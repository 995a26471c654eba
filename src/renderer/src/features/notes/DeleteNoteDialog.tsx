import { useState } from 'react';
import type { NoteSummary } from '../../../../shared/domain/note';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { Dialog } from '../../ui/Dialog';

/** Deleting a note cannot be undone, so it is confirmed first. */
export function DeleteNoteDialog({ note, onClose, onDeleted }: { note: NoteSummary; onClose(): void; onDeleted(): void }) {
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await api.call('notes.delete', { id: note.id });
      toasts.show({ tone: 'success', title: `Deleted “${note.title}”` });
      onDeleted();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Delete this note?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Keep it
          </button>
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete note'}
          </button>
        </>
      }
    >
      <p>
        <strong>“{note.title}”</strong> and everything written in it will be removed from this investigation.
      </p>
      <p className="hint">This cannot be undone, but a copy of the investigation saved earlier keeps it.</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
