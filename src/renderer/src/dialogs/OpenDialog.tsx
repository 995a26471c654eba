import { useToasts } from '../app/toasts';
import { useWorkspace } from '../app/workspace';
import { PathDialog } from './PathDialog';

export function OpenDialog() {
  const workspace = useWorkspace();
  const toasts = useToasts();
  const folder = workspace.appInfo ? workspace.appInfo.dataDir + workspace.appInfo.pathSeparator : '';
  const recent = workspace.recent.filter((item) => item.path !== workspace.investigation?.path);
  return (
    <PathDialog
      title="Open investigation"
      label="Path of a .sourcebook file"
      submitLabel="Open"
      initialPath={folder}
      hint="Investigations are single .sourcebook files. Paste the full path of one."
      onSubmit={workspace.openInvestigation}
      onClose={workspace.closeDialog}
    >
      {recent.length > 0 ? (
        <div className="recent-list">
          <h3>Recent</h3>
          <ul>
            {recent.map((item) => (
              <li key={item.path}>
                <button
                  type="button"
                  className="recent-item"
                  disabled={!item.available}
                  title={item.path}
                  onClick={async () => {
                    const failed = await workspace.openInvestigation(item.path);
                    if (failed) toasts.show({ tone: 'error', title: `Could not open “${item.name}”`, message: failed });
                  }}
                >
                  <span className="recent-name">{item.name}</span>
                  <span className="recent-path">{item.available ? item.path : `${item.path} — moved or deleted`}</span>
                </button>
                {!item.available ? (
                  <button type="button" className="button button-small" onClick={() => workspace.forgetRecent(item.path)}>
                    Forget
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </PathDialog>
  );
}
