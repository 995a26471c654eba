export { createNoteHandlers } from './handlers';
export { createNote, deleteNote, getNote, listNotes, renameNote, saveNoteContent } from './note-repository';
