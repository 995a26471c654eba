import { useState, type ReactNode } from 'react';
import { useWorkspace } from '../app/workspace';
import { Dialog } from '../ui/Dialog';
import { FolderBrowser } from './FolderBrowser';
import { baseName, folderOf, joinPath } from './path-parts';

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
  /** What the folder browser picks: an existing file to open, or a folder to save into. */
  browse: 'file' | 'folder';
  children?: ReactNode;
}) {
  const separator = useWorkspace().appInfo?.pathSeparator ?? '/';
  const [path, setPath] = useState(props.initialPath);
  const [folder, setFolder] = useState<string | null>(folderOf(props.initialPath, separator) || null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submitPath(chosen: string) {
    setBusy(true);
    setError(await props.onSubmit(chosen.trim()));
    setBusy(false);
  }

  function changeFolder(next: string) {
    setFolder(next);
    // Saving: keep the file name, move it into the folder. Opening: point at the folder.
    setPath(props.browse === 'folder' ? joinPath(next, baseName(path, separator), separator) : joinPath(next, '', separator));
    setError(null);
  }

  return (
    <Dialog title={props.title} onClose={props.onClose} width="wide">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submitPath(path);
        }}
      >
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
        <FolderBrowser
          folder={folder}
          onFolderChange={changeFolder}
          onPick={(picked) => {
            setPath(picked);
            setError(null);
          }}
          onActivate={(picked) => {
            setPath(picked);
            void submitPath(picked);
          }}
        />
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
