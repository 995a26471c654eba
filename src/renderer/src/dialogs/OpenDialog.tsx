import { RecentList } from '../app/RecentList';
import { useWorkspace } from '../app/workspace';
import { PathDialog } from './PathDialog';

export function OpenDialog() {
  const workspace = useWorkspace();
  const folder = workspace.appInfo ? workspace.appInfo.dataDir + workspace.appInfo.pathSeparator : '';
  return (
    <PathDialog
      title="Open investigation"
      label="Path of a .sourcebook file"
      submitLabel="Open"
      initialPath={folder}
      hint="Choose a .sourcebook file below, or type or paste its full path."
      browse="file"
      onSubmit={workspace.openInvestigation}
      onClose={workspace.closeDialog}
    >
      <RecentList excludeOpen headingLevel="h3" />
    </PathDialog>
  );
}
