import { useEffect, useRef, useState } from 'react';
import { useWorkspace } from './workspace';

const AUTOSAVE_DELAY_MS = 700;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const stateLabel: Record<SaveState, string> = { idle: '', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' };

/** The investigation's description, autosaved shortly after typing stops and on leaving. */
export function DescriptionField({ stored }: { stored: string }) {
  const { updateDescription } = useWorkspace();
  const [draft, setDraft] = useState(stored);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // The text last known to be in the file (or on its way there). The stored copy replaces the
  // draft only when the draft holds nothing newer, so an answer arriving while the reporter
  // types never erases what they typed since.
  const sent = useRef(stored);

  useEffect(() => {
    setDraft((current) => (current === sent.current ? stored : current));
    sent.current = stored;
  }, [stored]);

  async function save(text: string) {
    if (text === sent.current) return;
    const previous = sent.current;
    sent.current = text;
    setSaveState('saving');
    if (await updateDescription(text)) {
      setSaveState('saved');
    } else {
      // Not in the file: the next autosave, blur or retry sends it again.
      sent.current = previous;
      setSaveState('failed');
    }
  }

  useEffect(() => {
    if (draft === sent.current) return;
    const timer = window.setTimeout(() => void save(draft), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `save` is recreated every render; the draft is what the timer depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  return (
    <>
      <label className="field">
        <span className="field-label">
          Description
          <span className="save-state" aria-live="polite">
            {stateLabel[saveState]}
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
        <button type="button" className="button button-small" onClick={() => void save(draft)}>
          Try saving again
        </button>
      ) : null}
    </>
  );
}
