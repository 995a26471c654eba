import { describe, expect, it } from 'vitest';
import { permissionDecision } from './permissions';

describe('permissionDecision', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'window-management',
    'unknown-future-permission',
  ])('denies %s even to the app itself', (permission) => {
    expect(permissionDecision(permission, 'app://sourcebook/index.html')).toBe(false);
  });

  it('lets the app, and only the app, write sanitised text to the clipboard', () => {
    expect(permissionDecision('clipboard-sanitized-write', 'app://sourcebook/index.html')).toBe(true);
    // setPermissionCheckHandler passes an origin rather than a URL.
    expect(permissionDecision('clipboard-sanitized-write', 'app://sourcebook')).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(permissionDecision('clipboard-sanitized-write', '')).toBe(false);
  });

  it('extends the clipboard exception to the dev server only when one is given', () => {
    const devServerUrl = 'http://localhost:5173';
    expect(permissionDecision('clipboard-sanitized-write', 'http://localhost:5173/', { devServerUrl })).toBe(true);
    expect(permissionDecision('clipboard-sanitized-write', 'http://localhost:5173/')).toBe(false);
  });
});
