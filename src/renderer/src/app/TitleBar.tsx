import { useEffect, useRef, useState } from 'react';
import { Icon } from '../ui/icons';
import type { Command } from './commands';
import { FileMenu } from './FileMenu';
import { shortcutLabel } from './shortcut-label';
import { useWorkspace } from './workspace';

/** The investigation's name (renamed in place), its path on hover, the File menu. */
export function TitleBar(props: {
  commands: Command[];
  renaming: boolean;
  onRenamingChange(value: boolean): void;
  inspectorOpen: boolean;
  onToggleInspector(): void;
}) {
  const workspace = useWorkspace();
  const investigation = workspace.investigation;
  const nameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);

  // After renaming, the keyboard carries on from the name, not from the top of the page.
  useEffect(() => {
    if (wasRenaming.current && !props.renaming) nameButton.current?.focus();
    wasRenaming.current = props.renaming;
  }, [props.renaming]);

  useEffect(() => {
    document.title = investigation ? `${investigation.name} — Sourcebook` : 'Sourcebook';
  }, [investigation]);

  return (
    <header className="titlebar">
      <div className="titlebar-brand" aria-hidden="true">
        Sourcebook
      </div>
      <FileMenu commands={props.commands} />
      <div className="titlebar-title">
        {investigation && props.renaming ? (
          <RenameField
            initial={investigation.name}
            onDone={async (name) => {
              props.onRenamingChange(false);
              if (name && name !== investigation.name) await workspace.rename(name);
            }}
          />
        ) : investigation ? (
          <button
            ref={nameButton}
            type="button"
            className="investigation-name"
            title={`${investigation.path}\nClick or press ${shortcutLabel('F2')} to rename`}
            onClick={() => props.onRenamingChange(true)}
          >
            <h1>{investigation.name}</h1>
            {investigation.isSample ? <span className="badge">Sample</span> : null}
          </button>
        ) : (
          <span className="titlebar-placeholder">No investigation open</span>
        )}
        {investigation ? (
          <span className="investigation-path" title={investigation.path}>
            {investigation.fileName}
          </span>
        ) : null}
      </div>
      <div className="titlebar-actions">
        {investigation ? (
          <button
            type="button"
            className="icon-button"
            aria-pressed={props.inspectorOpen}
            title={`Inspector (${shortcutLabel('Mod+Alt+I')})`}
            aria-label="Inspector"
            onClick={props.onToggleInspector}
          >
            <Icon name="inspector" size={18} />
          </button>
        ) : null}
        <button
          type="button"
          className="icon-button"
          title={`Command palette (${shortcutLabel('Mod+K')})`}
          aria-label="Command palette"
          onClick={() => workspace.openDialog('palette')}
        >
          <Icon name="command" size={18} />
        </button>
        <button
          type="button"
          className="icon-button"
          title="Keyboard shortcuts (?)"
          aria-label="Keyboard shortcuts"
          onClick={() => workspace.openDialog('shortcuts')}
        >
          <Icon name="keyboard" size={18} />
        </button>
      </div>
    </header>
  );
}

function RenameField({ initial, onDone }: { initial: string; onDone(name: string | null): void }) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <input
      ref={ref}
      className="rename-field"
      aria-label="Investigation name"
      value={value}
      maxLength={200}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => onDone(value.trim() || null)}
      onKeyDown={(event) => {
        // Handled here only: focus returns to the name button, which must not receive
        // this same Enter as a click and start renaming again.
        if (event.key === 'Enter') {
          event.preventDefault();
          ref.current?.blur();
        }
        if (event.key === 'Escape') {
          event.preventDefault();
          setValue(initial);
          onDone(null);
        }
      }}
    />
  );
}
