import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

const preloadPath = path.resolve('/opt/sourcebook/out/preload/index.mjs');

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath, title: 'Sourcebook' });

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('stays hidden until ready and keeps a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Sourcebook');
    expect(options.minWidth).toBeGreaterThanOrEqual(900);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight);
  });

  it('leaves the theme-dependent background colour to the caller', () => {
    expect(options).not.toHaveProperty('backgroundColor');
  });

  it('refuses a relative preload path', () => {
    expect(() => mainWindowOptions({ preloadPath: 'out/preload/index.mjs', title: 'Sourcebook' })).toThrow(/absolute/);
  });
});
