import { useState, type ReactNode } from 'react';
import { messageOf } from '../api/api-error';
import { useToasts } from '../app/toasts';
import { Dialog } from './Dialog';

/**
 * The confirmation every deletion asks for: what goes, that it cannot be undone, a safe
 * default ("Keep it", focused), and the reason in the dialog if the deletion fails.
 */
export function ConfirmDeleteDialog(props: {
  title: string;
  /** What the reporter is about to delete, as they know it ("Delete note"). */
  confirmLabel: string;
  /** Shown in a toast once deleted. */
  deletedTitle: string;
  children: ReactNode;
  onConfirm(): Promise<unknown>;
  onClose(): void;
  onDeleted(): void;
}) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      toasts.show({ tone: 'success', title: props.deletedTitle });
      props.onDeleted();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose} autoFocus>
            Keep it
          </button>
          <button type="button" className="button button-danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? 'Deleting…' : props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
      <p className="hint">This cannot be undone, but a copy of the investigation saved earlier keeps it.</p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
