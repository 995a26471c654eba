import type { NoteSummary } from '../../../../shared/domain/note';
import { useApi } from '../../app/api-context';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog';

/** Deleting a note cannot be undone, so it is confirmed first. */
export function DeleteNoteDialog({ note, onClose, onDeleted }: { note: NoteSummary; onClose(): void; onDeleted(): void }) {
  const api = useApi();
  return (
    <ConfirmDeleteDialog
      title="Delete this note?"
      confirmLabel="Delete note"
      deletedTitle={`Deleted “${note.title}”`}
      onConfirm={() => api.call('notes.delete', { id: note.id })}
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>
        <strong>“{note.title}”</strong> and everything written in it will be removed from this investigation.
      </p>
    </ConfirmDeleteDialog>
  );
}
