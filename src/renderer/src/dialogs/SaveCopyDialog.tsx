import { useWorkspace } from '../app/workspace';
import { PathDialog } from './PathDialog';

export function SaveCopyDialog() {
  const workspace = useWorkspace();
  const current = workspace.investigation?.path ?? '';
  const suggested = current.replace(/\.sourcebook$/i, '') + ' (copy).sourcebook';
  return (
    <PathDialog
      title="Save a copy"
      label="Path of the copy"
      submitLabel="Save copy"
      initialPath={suggested}
      hint="The copy is consistent even while you keep working; this investigation stays open."
      browse="folder"
      onSubmit={workspace.saveCopy}
      onClose={workspace.closeDialog}
    />
  );
}
