import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { NoteId, NoteSummary } from '../../../../shared/domain/note';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { useToasts } from '../../app/toasts';
import { viewById } from '../../app/views';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/icons';
import type { NoteSnapshot } from './autosave/note-autosave';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { useNote } from './use-note';
import { useNotes } from './use-notes';

const notesView = viewById('notes')!;

/**
 * `#/notes/12` shows the list of notes beside note 12 in its editor; `#/notes` opens the most
 * recently changed note, or teaches what notes are when there are none.
 */
export function NotesView({ rest }: { rest: string[] }) {
  const api = useApi();
  const toasts = useToasts();
  const { notes: listed, error } = useNotes();
  // Deleted here: out of the list at once, before it reloads, so nothing opens them again.
  // Known by id and creation time: SQLite may give a freed id to the next new note.
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const notes = listed?.filter((note) => !deleted.has(identity(note))) ?? null;
  // Bumped by each note created here: the editor opens afresh even if the new note got the
  // id (and so the address) of a note deleted while it was open.
  const [opened, setOpened] = useState(0);
  const [deleting, setDeleting] = useState<NoteSummary | null>(null);
  const [creating, setCreating] = useState(false);
  const [justCreated, setJustCreated] = useState<NoteId | null>(null);
  const selectedId = /^\d+$/.test(rest[0] ?? '') ? Number(rest[0]) : null;
  const latestId = notes?.[0]?.id ?? null;

  useEffect(() => {
    // Replacing, not pushing: Back leaves the Notes view instead of coming back here.
    if (selectedId === null && latestId !== null) window.location.replace(`#/notes/${latestId}`);
  }, [selectedId, latestId]);

  const createRef = useRef(create);
  createRef.current = create;
  // Stable, so the open note's editor is not re-rendered when the list reloads.
  const keepAsNew = useCallback((title: string, text: NoteSnapshot) => void createRef.current(`${title.slice(0, 290)} (kept)`, text), []);

  async function create(title?: string, text?: NoteSnapshot) {
    setCreating(true);
    try {
      const note = await api.call('notes.create', title ? { title } : {});
      if (text) await api.call('notes.save', { id: note.id, ...text, baseUpdatedAt: note.updatedAt });
      setJustCreated(text ? null : note.id);
      setOpened((count) => count + 1);
      navigate({ view: 'notes', rest: [String(note.id)] });
    } catch (failure) {
      toasts.show(
        text
          ? { tone: 'error', title: 'What you wrote was not kept as a new note', message: `${messageOf(failure)} It is still on screen; try again.` }
          : { tone: 'error', title: 'The note was not created', message: messageOf(failure) },
      );
    } finally {
      setCreating(false);
    }
  }

  if (error) return <p className="view-error" role="alert">{error}</p>;
  if (!notes) return <p className="view-loading">Loading notes…</p>;

  const newNoteButton = (
    <button type="button" className="button button-primary" onClick={() => void create()} disabled={creating}>
      <Icon name="edit" size={16} /> New note
    </button>
  );
  if (notes.length === 0 && selectedId === null) {
    return (
      <EmptyState icon="notes" title={notesView.emptyTitle} action={newNoteButton}>
        {notesView.emptyText} Each note is saved as you type.
      </EmptyState>
    );
  }

  const selected = notes.find((note) => note.id === selectedId) ?? null;
  return (
    <div className="notes-layout">
      <NoteList notes={notes} selectedId={selectedId} creating={creating} onCreate={() => void create()} onDelete={setDeleting} />
      <section className="note-pane" aria-label="Note">
        {selectedId === null ? null : (
          <OpenNote
            key={`${selectedId}:${opened}`}
            id={selectedId}
            listedTitle={selected?.title ?? null}
            focusTitle={justCreated === selectedId}
            onKeepAsNew={keepAsNew}
          />
        )}
      </section>
      {deleting ? (
        <DeleteNoteDialog
          note={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setDeleted((ids) => new Set(ids).add(identity(deleting)));
            if (selectedId === deleting.id) navigate({ view: 'notes', rest: [] });
          }}
        />
      ) : null}
    </div>
  );
}

function identity(note: NoteSummary): string {
  return `${note.id}@${note.createdAt}`;
}

const OpenNote = memo(function OpenNote(props: {
  id: NoteId;
  listedTitle: string | null;
  focusTitle: boolean;
  onKeepAsNew(title: string, text: NoteSnapshot): void;
}) {
  const { note, error } = useNote(props.id);
  // The list follows renames; a note deleted elsewhere leaves it but keeps the title it had.
  const lastListedTitle = useRef<string | null>(null);
  if (props.listedTitle !== null) lastListedTitle.current = props.listedTitle;
  if (error) return <p className="view-error" role="alert">{error}</p>;
  if (!note) return <p className="view-loading">Opening the note…</p>;
  const title = lastListedTitle.current ?? note.title;
  return <NoteEditor note={note} title={title} focusTitle={props.focusTitle} onKeepAsNew={props.onKeepAsNew} />;
});
