import type { SaveState } from './autosave/note-autosave';
import { useSaveStatus, type SaveStatusStore } from './autosave/save-status';

const labels: Record<SaveState, string> = {
  idle: '',
  pending: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet',
  conflict: 'Not saved',
  gone: 'Not saved',
};

/** Quiet: a word beside the toolbar. Problems are explained in a banner (NoteBanners). */
export function SaveStatus({ status }: { status: SaveStatusStore }) {
  const { state } = useSaveStatus(status);
  return (
    <span className="note-save-state" data-state={state}>
      {labels[state]}
    </span>
  );
}
