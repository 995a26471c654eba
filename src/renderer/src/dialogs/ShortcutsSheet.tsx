import type { Command } from '../app/commands';
import { shortcutLabel } from '../app/shortcut-label';
import { useWorkspace } from '../app/workspace';
import { TAG_KINDS } from '../features/tagging/kinds';
import { Dialog } from '../ui/Dialog';

/** `?`: every shortcut of the app, grouped as in the menus. */
export function ShortcutsSheet({ commands }: { commands: Command[] }) {
  const workspace = useWorkspace();
  const groups = ['File', 'Edit', 'Go to', 'Help'] as const;
  return (
    <Dialog title="Keyboard shortcuts" onClose={workspace.closeDialog} width="wide">
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {commands
                .filter((command) => command.group === group && command.shortcut)
                .map((command) => (
                  <div key={command.id} className="shortcut-row">
                    <dt>{command.label.replace(/…$/, '')}</dt>
                    <dd>
                      <kbd>{shortcutLabel(command.shortcut ?? '')}</kbd>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Tag selected text in a source</h3>
          <dl className="shortcut-list">
            {TAG_KINDS.map((info) => (
              <div key={info.kind} className="shortcut-row">
                <dt>{info.label}</dt>
                <dd>
                  <kbd>{info.key}</kbd> or <kbd>{shortcutLabel(`Mod+Shift+${info.key}`)}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Dialog>
  );
}
