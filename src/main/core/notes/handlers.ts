import type { AppEvent } from '../../../shared/contract';
import type { Handlers } from '../../rpc/handlers';
import { ServiceError } from '../service-error';
import type { DatabaseProvider } from '../sources';
import { createNote, deleteNote, getNote, listNotes, renameNote, saveNoteContent } from './note-repository';

type NoteMethodName = 'notes.list' | 'notes.get' | 'notes.create' | 'notes.rename' | 'notes.save' | 'notes.delete';

/** Every change is announced, so other windows' lists reload and their open copy follows. */
export function createNoteHandlers(session: DatabaseProvider, emit: (event: AppEvent) => void): Pick<Handlers, NoteMethodName> {
  return {
    'notes.list': () => listNotes(session.requireDb()),
    'notes.get': ({ id }) => {
      const note = getNote(session.requireDb(), id);
      if (!note) throw new ServiceError('NOT_FOUND', `There is no note #${id} in this investigation; it may have been deleted.`);
      return note;
    },
    'notes.create': ({ title }) => {
      const note = createNote(session.requireDb(), title);
      emit({ type: 'notes.changed', noteId: note.id, updatedAt: note.updatedAt });
      return note;
    },
    'notes.rename': ({ id, title }) => {
      const { note, changed } = renameNote(session.requireDb(), id, title);
      if (changed) emit({ type: 'notes.changed', noteId: id, updatedAt: note.updatedAt });
      return note;
    },
    'notes.save': (save) => {
      const { result, changed } = saveNoteContent(session.requireDb(), save);
      if (changed && result.status === 'saved') emit({ type: 'notes.changed', noteId: save.id, updatedAt: result.updatedAt });
      return result;
    },
    'notes.delete': ({ id }) => {
      const outcome = deleteNote(session.requireDb(), id);
      if (outcome.deleted) emit({ type: 'notes.changed', noteId: id, updatedAt: null });
      return outcome;
    },
  };
}
