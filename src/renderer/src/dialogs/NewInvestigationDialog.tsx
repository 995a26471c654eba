import { useEffect, useState } from 'react';
import { useApi } from '../app/api-context';
import { useWorkspace } from '../app/workspace';
import { Dialog } from '../ui/Dialog';
import { FolderBrowser } from './FolderBrowser';
import { baseName, folderOf, joinPath } from './path-parts';

/** Name first; the file goes to the data folder unless the reporter picks another place. */
export function NewInvestigationDialog() {
  const api = useApi();
  const workspace = useWorkspace();
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [pathEdited, setPathEdited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const separator = workspace.appInfo?.pathSeparator ?? '/';

  useEffect(() => {
    if (pathEdited) return;
    let current = true;
    api
      .call('investigation.suggestPath', { name: name.trim() || 'Untitled investigation' })
      .then((suggestion) => current && setPath(suggestion.path))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, name, pathEdited]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(await workspace.createInvestigation(path, name.trim()));
    setBusy(false);
  }

  async function chooseLocation() {
    const choice = await api.call('app.choosePath', { purpose: 'create', suggestedName: name.trim() || undefined });
    if (choice.status === 'chosen') {
      setPath(choice.path);
      setPathEdited(true);
    }
  }

  return (
    <Dialog title="New investigation" onClose={workspace.closeDialog}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span className="field-label">Name</span>
          <input
            autoFocus
            required
            maxLength={200}
            value={name}
            placeholder="e.g. Halden Systems and the border agency"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">File</span>
          <span className="field-row">
            <input
              value={path}
              spellCheck={false}
              onChange={(event) => {
                setPath(event.target.value);
                setPathEdited(true);
              }}
            />
            {workspace.appInfo?.nativeDialogs ? (
              <button type="button" className="button" onClick={chooseLocation}>
                Choose…
              </button>
            ) : (
              <button type="button" className="button" aria-expanded={browsing} onClick={() => setBrowsing((open) => !open)}>
                Choose folder…
              </button>
            )}
          </span>
          <span className="field-hint">One file holds the whole investigation: copy it, back it up, hand it to an editor.</span>
        </label>
        {browsing ? (
          <FolderBrowser
            folder={folderOf(path, separator) || null}
            onFolderChange={(folder) => {
              setPath(joinPath(folder, baseName(path, separator), separator));
              setPathEdited(true);
            }}
            onPick={(picked) => {
              setPath(picked);
              setPathEdited(true);
            }}
            onActivate={() => undefined}
          />
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={workspace.closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !name.trim() || !path.trim()}>
            Create
          </button>
        </div>
      </form>
    </Dialog>
  );
}
