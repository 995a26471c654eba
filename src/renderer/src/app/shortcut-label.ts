const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+Shift+S" shown the way this platform writes it. */
export function shortcutLabel(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => {
      if (part === 'Mod') return isMac ? '⌘' : 'Ctrl';
      if (part === 'Shift') return isMac ? '⇧' : 'Shift';
      if (part === 'Alt') return isMac ? '⌥' : 'Alt';
      return part;
    })
    .join(isMac ? '' : '+');
}

/** Whether a keydown matches "Mod+Shift+K"-style shortcut text. */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1] ?? '';
  const wantsMod = parts.includes('Mod');
  const wantsShift = parts.includes('Shift');
  const wantsAlt = parts.includes('Alt');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod !== wantsMod || event.altKey !== wantsAlt) return false;
  // "?" is typed with Shift on most layouts; compare the produced character for symbols.
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return event.key === key;
  if (event.shiftKey !== wantsShift) return false;
  return event.key.toLowerCase() === key.toLowerCase() || event.code === `Digit${key}` || event.code === `Key${key.toUpperCase()}`;
}
