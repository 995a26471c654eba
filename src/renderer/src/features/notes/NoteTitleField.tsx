import { useEffect, useRef, useState } from 'react';
import type { NoteId } from '../../../../shared/domain/note';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';

const RENAME_DELAY_MS = 500;

/**
 * The note's title, renamed where it is shown: saved shortly after typing stops, on Enter and
 * on leaving the field. Enter goes on to the text; Escape puts the stored title back.
 */
export function NoteTitleField(props: { id: NoteId; title: string; autoFocus: boolean; onDone(): void }) {
  const api = useApi();
  const [draft, setDraft] = useState(props.title);
  const [error, setError] = useState<string | null>(null);
  // The title last known to be stored (or on its way): a title arriving from the list replaces
  // the draft only when the draft holds nothing newer.
  const sent = useRef(props.title);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setDraft((current) => (current === sent.current ? props.title : current));
    sent.current = props.title;
  }, [props.title]);

  useEffect(() => {
    if (!props.autoFocus) return;
    input.current?.focus();
    input.current?.select();
  }, [props.autoFocus]);

  async function save(text: string) {
    const title = text.trim();
    if (title === '' || title === sent.current) return;
    const previous = sent.current;
    sent.current = title;
    try {
      await api.call('notes.rename', { id: props.id, title });
      setError(null);
    } catch (failure) {
      sent.current = previous;
      setError(messageOf(failure));
    }
  }

  useEffect(() => {
    if (draft.trim() === sent.current) return;
    const timer = window.setTimeout(() => void save(draft), RENAME_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `save` is recreated every render; the draft is what the timer depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  return (
    <div className="note-title-field">
      {/* A textarea so a long title wraps instead of scrolling out of sight; it is one line of text. */}
      <textarea
        ref={input}
        className="note-title"
        aria-label="Note title"
        rows={1}
        value={draft}
        maxLength={300}
        placeholder="Title"
        aria-invalid={error ? true : undefined}
        onChange={(event) => setDraft(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        onBlur={() => {
          // A title cannot be empty: leaving it empty keeps the one it had.
          if (draft.trim() === '') setDraft(sent.current);
          else void save(draft);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save(draft);
            props.onDone();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(sent.current);
            props.onDone();
          }
        }}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
