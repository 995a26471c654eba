// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matchesShortcut, shortcutLabel } from './shortcut-label';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('shortcuts', () => {
  it('writes Mod as Ctrl off the Mac', () => {
    expect(shortcutLabel('Mod+Shift+S')).toBe('Ctrl+Shift+S');
  });

  it('matches Ctrl+digit by the key or by the physical digit key', () => {
    expect(matchesShortcut(key({ key: '3', ctrlKey: true }), 'Mod+3')).toBe(true);
    expect(matchesShortcut(key({ key: '£', code: 'Digit3', ctrlKey: true }), 'Mod+3')).toBe(true);
    expect(matchesShortcut(key({ key: '3' }), 'Mod+3')).toBe(false);
  });

  it('tells Shift apart where it matters, and not for symbols typed with it', () => {
    expect(matchesShortcut(key({ key: 'S', ctrlKey: true, shiftKey: true }), 'Mod+Shift+S')).toBe(true);
    expect(matchesShortcut(key({ key: 's', ctrlKey: true }), 'Mod+Shift+S')).toBe(false);
    expect(matchesShortcut(key({ key: '?', shiftKey: true }), '?')).toBe(true);
  });

  it('does not fire a plain shortcut when a modifier is held', () => {
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true, altKey: true }), 'Mod+K')).toBe(false);
  });
});
