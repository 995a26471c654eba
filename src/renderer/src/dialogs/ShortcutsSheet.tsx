import type { Command } from '../app/commands';
import { shortcutLabel } from '../app/shortcut-label';
import { useWorkspace } from '../app/workspace';
import { FOCUS_TOOLBAR_SHORTCUT, NOTE_ACTIONS, PARAGRAPH_ACTION } from '../features/notes/editor/note-actions';
import { COMPARE_KEYS } from '../features/compare/compare-keys';
import { FACT_CHECK_KEYS } from '../features/fact-check/statuses';
import { REVIEW_KEYS } from '../features/suggestions/suggestion-kinds';
import { TAG_KINDS } from '../features/tagging/kinds';
import { Dialog } from '../ui/Dialog';

/** The timeline's own keys (its view handles them; they are listed here to be found). */
const TIMELINE_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['Add an event', 'N'],
  ['Previous or next item (list)', '↑ ↓'],
  ['Open the item', 'Enter'],
  ['Zoom in or out (axis)', '+ −'],
  ['Show every item (axis)', '0'],
  ['Move back or forward in time (axis)', '← →'],
];

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
        <section>
          <h3>Review suggestions in a source</h3>
          <dl className="shortcut-list">
            {(
              [
                ['Next suggestion', REVIEW_KEYS.next],
                ['Previous suggestion', REVIEW_KEYS.previous],
                ['Accept the suggestion', REVIEW_KEYS.accept],
                ['Reject the suggestion', REVIEW_KEYS.reject],
              ] as const
            ).map(([label, key]) => (
              <div key={key} className="shortcut-row">
                <dt>{label}</dt>
                <dd>
                  <kbd>{key}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h3>Write in a note</h3>
          <dl className="shortcut-list">
            <div className="shortcut-row">
              <dt>Mention an entity</dt>
              <dd>
                <kbd>@</kbd>
              </dd>
            </div>
            {NOTE_ACTIONS.filter((action) => action.id !== 'undo' && action.id !== 'redo').map((action) => (
              <div key={action.id} className="shortcut-row">
                <dt>{action.label}</dt>
                <dd>
                  <kbd>{shortcutLabel(action.shortcut)}</kbd>
                </dd>
              </div>
            ))}
            <div className="shortcut-row">
              <dt>Plain text</dt>
              <dd>
                <kbd>{shortcutLabel(PARAGRAPH_ACTION.shortcut)}</kbd>
              </dd>
            </div>
            <div className="shortcut-row">
              <dt>Formatting toolbar</dt>
              <dd>
                <kbd>{shortcutLabel(FOCUS_TOOLBAR_SHORTCUT)}</kbd>
              </dd>
            </div>
          </dl>
        </section>
        <KeyTable title="On the timeline" keys={TIMELINE_KEYS} />
        <KeyTable title="Comparing statements" keys={COMPARE_KEYS} />
        <KeyTable title="In the fact-check sheet" keys={FACT_CHECK_KEYS} />
      </div>
    </Dialog>
  );
}

/** A view's own keys: what each does, and the keys as its tooltips write them ("Mod" as this platform says it). */
function KeyTable({ title, keys }: { title: string; keys: ReadonlyArray<readonly [string, string]> }) {
  return (
    <section>
      <h3>{title}</h3>
      <dl className="shortcut-list">
        {keys.map(([label, key]) => (
          <div key={label} className="shortcut-row">
            <dt>{label}</dt>
            <dd>
              <kbd>{key.replace(/Mod\+/g, shortcutLabel('Mod+'))}</kbd>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
