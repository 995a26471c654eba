import { useMemo, useState } from 'react';
import type { Command } from '../app/commands';
import { shortcutLabel } from '../app/shortcut-label';
import { useWorkspace } from '../app/workspace';
import { steppedIndex } from '../ui/list-keys';
import { Dialog } from '../ui/Dialog';

/** Ctrl/Cmd+K: every command by name, filtered as you type, run with Enter. */
export function CommandPalette({ commands }: { commands: Command[] }) {
  const workspace = useWorkspace();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return commands.filter(
      (command) => command.enabled && command.id !== 'palette.open' && words.every((word) => command.label.toLowerCase().includes(word)),
    );
  }, [commands, query]);

  function run(command: Command | undefined) {
    if (!command) return;
    workspace.closeDialog();
    command.run();
  }

  return (
    <Dialog title="Command palette" onClose={workspace.closeDialog}>
      <input
        autoFocus
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches[active] ? `palette-${matches[active].id}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          const stepped = steppedIndex(event.key, active, matches.length);
          if (stepped !== null) {
            event.preventDefault();
            setActive(stepped);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            run(matches[active]);
          }
        }}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Commands">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`palette-${command.id}`}
            role="option"
            aria-selected={index === active}
            className="palette-item"
            onMouseEnter={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span>{command.label}</span>
            {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
          </li>
        ))}
        {matches.length === 0 ? <li className="palette-empty">No command matches “{query}”.</li> : null}
      </ul>
    </Dialog>
  );
}
