import { useState, type ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';

/**
 * Server mode has no system file dialog: the reporter types or pastes a path. The error of a
 * refused file is shown right here, next to what they typed, so they can correct it.
 */
export function PathDialog(props: {
  title: string;
  label: string;
  submitLabel: string;
  initialPath: string;
  hint?: ReactNode;
  onSubmit(path: string): Promise<string | null>;
  onClose(): void;
  children?: ReactNode;
}) {
  const [path, setPath] = useState(props.initialPath);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(await props.onSubmit(path.trim()));
    setBusy(false);
  }

  return (
    <Dialog title={props.title} onClose={props.onClose} width="wide">
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span className="field-label">{props.label}</span>
          <input
            autoFocus
            required
            spellCheck={false}
            value={path}
            onChange={(event) => {
              setPath(event.target.value);
              setError(null);
            }}
          />
          {props.hint ? <span className="field-hint">{props.hint}</span> : null}
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        {props.children}
        <div className="form-actions">
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !path.trim()}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
