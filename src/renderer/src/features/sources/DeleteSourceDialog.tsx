import { useState } from 'react';
import type { SourceSummary } from '../../../../shared/domain/source';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { Dialog } from '../../ui/Dialog';

function annotationsSentence(count: number): string {
  if (count === 0) return 'It has no annotations.';
  return count === 1 ? 'Its 1 annotation will be deleted too.' : `Its ${count} annotations will be deleted too.`;
}

/** Deleting removes evidence, so it is confirmed, and says what else goes with it. */
export function DeleteSourceDialog({ source, onClose, onDeleted }: { source: SourceSummary; onClose(): void; onDeleted(): void }) {
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await api.call('sources.delete', { id: source.id });
      toasts.show({ tone: 'success', title: `Deleted “${source.title}”` });
      onDeleted();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Delete this source?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Keep it
          </button>
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete source'}
          </button>
        </>
      }
    >
      <p>
        <strong>“{source.title}”</strong> and its original file will be removed from this investigation.{' '}
        {annotationsSentence(source.annotationCount)}
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
