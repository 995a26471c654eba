import { mergeRegister } from '@lexical/utils';
import { $getRoot, BLUR_COMMAND, CLEAR_HISTORY_COMMAND, COMMAND_PRIORITY_LOW, HISTORIC_TAG, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { NoteDetail } from '../../../../../shared/domain/note';
import { ApiError, messageOf } from '../../../api/api-error';
import { useApi } from '../../../app/api-context';
import { NoteAutosave, type NoteSnapshot } from './note-autosave';
import { NoteSerializer } from './note-serializer';
import { SaveStatusStore } from './save-status';
import { TypingGap } from './typing-gap';

/** Updates that load a stored version into the editor: not the reporter's typing, not saved back. */
const STORED_VERSION_TAG = 'sourcebook-stored-version';

/** Stable for the life of the editor: passing it down re-renders nothing. */
export interface NoteAutosaveControls {
  status: SaveStatusStore;
  saveNow(): void;
  /** After a conflict: save this editor's text over the other version. */
  keepMine(): void;
  /** After a conflict: show the other version instead (this editor's unsaved text is dropped). */
  takeTheirs(): void;
  /** The editor's text now, to keep it somewhere else (a note deleted elsewhere). */
  snapshot(): NoteSnapshot;
}

/**
 * Connects an open note's editor to the file: every change is saved (NoteAutosave decides
 * when), and what is unsaved is sent at once when the text loses focus, the window is hidden
 * or closed, or the note is left. Another window's save is followed while nothing here is
 * unsaved.
 */
export function useNoteAutosave(editor: LexicalEditor, note: NoteDetail): NoteAutosaveControls {
  const api = useApi();
  const status = useMemo(() => new SaveStatusStore(), []);
  const serializer = useMemo(() => new NoteSerializer(), []);
  const autosaveRef = useRef<NoteAutosave | null>(null);
  const { id, createdAt, updatedAt } = note;

  const loadStored = useCallback(
    (stored: NoteDetail) => {
      editor.setEditorState(editor.parseEditorState(stored.content), { tag: STORED_VERSION_TAG });
      // Undo must not step back into the text this window had before.
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      autosaveRef.current?.adopt(stored.updatedAt);
    },
    [editor],
  );

  useEffect(() => {
    const gap = new TypingGap();
    const autosave = new NoteAutosave({
      baseUpdatedAt: updatedAt,
      read: () => snapshotOf(editor, serializer),
      send: async (save) => {
        try {
          const result = await api.call('notes.save', { id, ...save });
          status.update({ failure: null });
          return result;
        } catch (error) {
          status.update({ failure: messageOf(error) });
          throw error;
        }
      },
      isGone: (error) => error instanceof ApiError && error.code === 'NOT_FOUND',
      isAnotherNote: (stored) => stored.createdAt !== createdAt,
      onStateChange: (state) => status.update({ state }),
      onConflict: (conflict) => status.update({ conflict }),
      whenQuiet: (send) => gap.whenQuiet(send),
    });
    autosaveRef.current = autosave;

    const flush = () => void autosave.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        // Undo, redo and a stored version replace the state wholesale, dirty keys or not.
        if (tags.has(HISTORIC_TAG) || tags.has(STORED_VERSION_TAG)) serializer.invalidate();
        else serializer.noteUpdate(editorState, dirtyElements, dirtyLeaves);
        // A selection moving changes no node; a stored version loaded is already stored. Lexical
        // tags its own bookkeeping "history-merge" (the initial state; nodes marked dirty when
        // a plugin registers a transform), as OnChangePlugin knows: opening a note is no change.
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(STORED_VERSION_TAG) || tags.has(HISTORY_MERGE_TAG)) return;
        gap.changed();
        autosave.changed();
      }),
      editor.registerCommand(BLUR_COMMAND, () => (flush(), false), COMMAND_PRIORITY_LOW),
      api.onEvent((event) => {
        if (event.type !== 'notes.changed' || event.noteId !== id || event.updatedAt === null) return;
        if (event.updatedAt === autosave.baseUpdatedAt || !autosave.isClean) return;
        // Saved in another window while nothing is unsaved here: show theirs. (With unsaved
        // text here, the next save is refused instead, and the reporter chooses.)
        api.call('notes.get', { id }).then(
          (stored) => {
            // A note created since under this note's freed id is not this note: never shown here.
            if (stored.createdAt !== createdAt) return;
            if (autosave.isClean && stored.updatedAt !== autosave.baseUpdatedAt) loadStored(stored);
          },
          () => undefined,
        );
      }),
    );
    return () => {
      unregister();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      autosave.dispose();
      gap.cancel();
      // Leaving the note (another note, another view): what is unsaved goes now.
      flush();
      if (autosaveRef.current === autosave) autosaveRef.current = null;
    };
  }, [api, editor, id, createdAt, updatedAt, loadStored, status, serializer]);

  return useMemo<NoteAutosaveControls>(
    () => ({
      status,
      saveNow: () => void autosaveRef.current?.flush(),
      keepMine: () => {
        const { conflict } = status.get();
        if (!conflict) return;
        status.update({ conflict: null });
        void autosaveRef.current?.overrule(conflict.updatedAt);
      },
      takeTheirs: () => {
        const { conflict } = status.get();
        if (!conflict) return;
        status.update({ conflict: null });
        loadStored(conflict);
      },
      snapshot: () => snapshotOf(editor, serializer),
    }),
    [status, loadStored, editor, serializer],
  );
}

function snapshotOf(editor: LexicalEditor, serializer: NoteSerializer): NoteSnapshot {
  const state = editor.getEditorState();
  return { content: serializer.serialize(state), plainText: state.read(() => $getRoot().getTextContent()) };
}
