import { useEffect, useState } from 'react';
import { useWorkspace } from './workspace';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The right-hand panel shows whatever is selected and is where it is edited. With nothing
 * selected it shows the investigation itself: its file, and a description the reporter keeps.
 */
export function Inspector() {
  const { investigation, updateDescription } = useWorkspace();
  const [description, setDescription] = useState(investigation?.description ?? '');
  const [saved, setSaved] = useState<'idle' | 'saving' | 'saved'>('idle');

  useEffect(() => {
    setDescription(investigation?.description ?? '');
  }, [investigation?.path, investigation?.description]);

  async function save() {
    if (!investigation || description === investigation.description) return;
    setSaved('saving');
    await updateDescription(description);
    setSaved('saved');
  }

  // Autosave shortly after typing stops, not only on leaving the field.
  useEffect(() => {
    if (!investigation || description === investigation.description) return;
    const timer = window.setTimeout(save, 700);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [description]);

  if (!investigation) return <aside className="inspector" aria-label="Inspector" />;

  return (
    <aside className="inspector" aria-label="Inspector">
      <h2 className="inspector-heading">Investigation</h2>
      <label className="field">
        <span className="field-label">
          Description
          <span className="save-state" aria-live="polite">
            {saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'Saved' : ''}
          </span>
        </span>
        <textarea
          value={description}
          rows={5}
          placeholder="What is this investigation about? Who is it for?"
          onChange={(event) => {
            setDescription(event.target.value);
            setSaved('idle');
          }}
          onBlur={save}
        />
      </label>
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
