import type { NoteId, NoteSummary } from '../../../../shared/domain/note';
import { navigate } from '../../app/route';
import { Icon } from '../../ui/icons';
import { formatEditedAt } from './format-edited-at';

interface NoteListProps {
  notes: NoteSummary[];
  selectedId: NoteId | null;
  creating: boolean;
  onCreate(): void;
  onDelete(note: NoteSummary): void;
}

/** The notebook's notes, most recently changed first; Delete on a focused note asks to delete it. */
export function NoteList({ notes, selectedId, creating, onCreate, onDelete }: NoteListProps) {
  return (
    <nav className="note-list-pane" aria-label="Notes">
      <header className="note-list-header">
        <h1 className="view-title">
          Notes <span className="view-count">{notes.length}</span>
        </h1>
        <button type="button" className="button button-small" onClick={onCreate} disabled={creating}>
          <Icon name="edit" size={14} /> New note
        </button>
      </header>
      <ul className="note-list">
        {notes.map((note) => (
          <li key={note.id} className="note-list-row">
            <a
              href={`#/notes/${note.id}`}
              className="note-item"
              aria-current={note.id === selectedId ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate({ view: 'notes', rest: [String(note.id)] });
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Delete') return;
                event.preventDefault();
                onDelete(note);
              }}
            >
              <span className="note-item-title">{note.title}</span>
              {note.excerpt ? <span className="note-item-excerpt">{note.excerpt}</span> : null}
              <span className="note-item-date">{formatEditedAt(note.updatedAt)}</span>
            </a>
            <button
              type="button"
              className="icon-button note-item-delete"
              aria-label={`Delete “${note.title}”`}
              title="Delete this note (Delete)"
              onClick={() => onDelete(note)}
            >
              <Icon name="trash" size={16} />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
