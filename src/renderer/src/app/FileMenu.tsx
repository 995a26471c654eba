import { useEffect, useRef, useState } from 'react';
import { Icon } from '../ui/icons';
import type { Command } from './commands';
import { shortcutLabel } from './shortcut-label';
import { useToasts } from './toasts';
import { useWorkspace } from './workspace';

/**
 * The File menu of the title bar: the desktop app has the same items in its native menu;
 * in server mode this is the only one. Arrow keys move, Escape closes (WAI-ARIA menu button).
 */
export function FileMenu({ commands }: { commands: Command[] }) {
  const workspace = useWorkspace();
  const toasts = useToasts();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const fileCommands = commands.filter((command) => command.group === 'File');
  const recent = workspace.recent.filter((item) => item.path !== workspace.investigation?.path).slice(0, 6);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== buttonRef.current) setOpen(false);
    }
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: React.KeyboardEvent) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="titlebar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name="file" size={18} />
        File
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <div ref={menuRef} className="menu" role="menu" aria-label="File" onKeyDown={onMenuKeyDown}>
          {workspace.investigation ? (
            <>
              <div className="menu-current-file" role="presentation" title={workspace.investigation.path}>
                <span className="menu-heading">This investigation</span>
                <span className="menu-current-path">{workspace.investigation.path}</span>
              </div>
              <div className="menu-separator" role="separator" />
            </>
          ) : null}
          {fileCommands.map((command) => (
            <button
              key={command.id}
              type="button"
              role="menuitem"
              className="row-button menu-item"
              aria-disabled={!command.enabled || undefined}
              onClick={() => {
                if (!command.enabled) return;
                close();
                command.run();
              }}
            >
              <span>{command.label}</span>
              {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
            </button>
          ))}
          {recent.length > 0 ? (
            <>
              <div className="menu-separator" role="separator" />
              <div className="menu-heading" aria-hidden="true">
                Recent
              </div>
              {recent.map((item) => (
                <button
                  key={item.path}
                  type="button"
                  role="menuitem"
                  className="row-button menu-item"
                  title={item.path}
                  aria-disabled={!item.available || undefined}
                  onClick={async () => {
                    if (!item.available) return;
                    close();
                    const failed = await workspace.openInvestigation(item.path);
                    if (failed) toasts.show({ tone: 'error', title: `Could not open “${item.name}”`, message: failed });
                  }}
                >
                  <span className="menu-item-main">
                    <span>{item.name}</span>
                    <span className="menu-item-detail">{item.available ? item.path : 'Moved or deleted'}</span>
                  </span>
                </button>
              ))}
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
