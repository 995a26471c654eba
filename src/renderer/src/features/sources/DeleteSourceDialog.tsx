import type { SourceSummary } from '../../../../shared/domain/source';
import { useApi } from '../../app/api-context';
import { ConfirmDeleteDialog } from '../../ui/ConfirmDeleteDialog';

function annotationsSentence(count: number): string {
  if (count === 0) return 'It has no annotations.';
  return count === 1 ? 'Its 1 annotation will be deleted too.' : `Its ${count} annotations will be deleted too.`;
}

/** Deleting removes evidence, so it is confirmed, and says what else goes with it. */
export function DeleteSourceDialog({ source, onClose, onDeleted }: { source: SourceSummary; onClose(): void; onDeleted(): void }) {
  const api = useApi();
  return (
    <ConfirmDeleteDialog
      title="Delete this source?"
      confirmLabel="Delete source"
      deletedTitle={`Deleted “${source.title}”`}
      onConfirm={() => api.call('sources.delete', { id: source.id })}
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>
        <strong>“{source.title}”</strong> and its original file will be removed from this investigation.{' '}
        {annotationsSentence(source.annotationCount)}
      </p>
    </ConfirmDeleteDialog>
  );
}
