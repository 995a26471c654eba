import { useEffect, useRef, useState } from 'react';
import { useWorkspace } from './workspace';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const AUTOSAVE_DELAY_MS = 700;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The right-hand panel shows whatever is selected and is where it is edited. With nothing
 * selected it shows the investigation itself: its file, and a description the reporter keeps.
 */
export function Inspector() {
  const { investigation, updateDescription } = useWorkspace();
  const [draft, setDraft] = useState(investigation?.description ?? '');
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // What the field last sent; the server's copy replaces the draft only when they agree,
  // so an answer that arrives while the reporter types never erases what they typed since.
  const sent = useRef(investigation?.description ?? '');

  useEffect(() => {
    const stored = investigation?.description ?? '';
    setDraft((current) => (current === sent.current ? stored : current));
    sent.current = stored;
    // A different file is a different description: start from what it holds.
  }, [investigation?.description]);

  useEffect(() => {
    const stored = investigation?.description ?? '';
    setDraft(stored);
    sent.current = stored;
    setSaveState('idle');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [investigation?.path]);

  async function save(text: string) {
    if (text === sent.current) return;
    sent.current = text;
    setSaveState('saving');
    const saved = await updateDescription(text);
    setSaveState(saved ? 'saved' : 'failed');
  }

  // Autosave shortly after typing stops, and when leaving the field.
  useEffect(() => {
    if (!investigation || draft === sent.current) return;
    const timer = window.setTimeout(() => void save(draft), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  if (!investigation) return <aside className="inspector" aria-label="Inspector" />;

  return (
    <aside className="inspector" aria-label="Inspector">
      <h2 className="inspector-heading">Investigation</h2>
      <label className="field">
        <span className="field-label">
          Description
          <span className={`save-state save-state-${saveState}`} aria-live="polite">
            {saveState === 'saving' ? 'Saving…' : saveState === 'saved' ? 'Saved' : saveState === 'failed' ? 'Not saved' : ''}
          </span>
        </span>
        <textarea
          value={draft}
          rows={5}
          placeholder="What is this investigation about? Who is it for?"
          onChange={(event) => {
            setDraft(event.target.value);
            if (saveState !== 'saving') setSaveState('idle');
          }}
          onBlur={() => void save(draft)}
        />
      </label>
      {saveState === 'failed' ? (
        <button type="button" className="button button-small" onClick={() => {
          sent.current = investigation.description;
          void save(draft);
        }}>
          Try saving again
        </button>
      ) : null}
      <dl className="facts">
        <dt>File</dt>
        <dd className="path" title={investigation.path}>
          {investigation.path}
        </dd>
        <dt>Created</dt>
        <dd>{dateFormat.format(new Date(investigation.createdAt))}</dd>
        <dt>Sources</dt>
        <dd>{investigation.sourceCount}</dd>
        <dt>File format</dt>
        <dd>version {investigation.schemaVersion}</dd>
      </dl>
    </aside>
  );
}
