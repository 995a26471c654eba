import { useSaveStatus } from './autosave/save-status';
import type { NoteAutosaveControls } from './autosave/use-note-autosave';

/**
 * What a reporter must know about saving, said once, under the toolbar: what happened, what
 * was kept, and what to do. Nothing is shown while saving works.
 */
export function NoteBanners({ autosave, onKeepAsNew }: { autosave: NoteAutosaveControls; onKeepAsNew(): void }) {
  const { state, failure, conflict } = useSaveStatus(autosave.status);
  if (conflict) {
    return (
      <div className="note-banner" role="alert">
        <p>
          This note was changed in another window while you were writing here. Your version is on screen and has not been
          saved over theirs.
        </p>
        <div className="note-banner-actions">
          <button type="button" className="button button-small button-primary" onClick={autosave.keepMine}>
            Keep my version
          </button>
          <button type="button" className="button button-small" onClick={autosave.takeTheirs}>
            Show the other version
          </button>
        </div>
      </div>
    );
  }
  if (state === 'gone') {
    return (
      <div className="note-banner" role="alert">
        <p>This note was deleted, perhaps in another window. What you wrote is still on screen, but it is not saved anywhere.</p>
        <div className="note-banner-actions">
          <button type="button" className="button button-small button-primary" onClick={onKeepAsNew}>
            Keep it as a new note
          </button>
        </div>
      </div>
    );
  }
  if (state === 'failed') {
    return (
      <div className="note-banner" role="alert">
        <p>
          Sourcebook could not save this note: {failure ?? 'its service did not answer.'} What you wrote is still on
          screen and is saved as soon as the service answers again.
        </p>
        <div className="note-banner-actions">
          <button type="button" className="button button-small" onClick={autosave.saveNow}>
            Try again now
          </button>
        </div>
      </div>
    );
  }
  return null;
}
