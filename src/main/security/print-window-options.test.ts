import { describe, expect, it } from 'vitest';
import { isPrintRequestAllowed, PRINT_PARTITION, printWindowOptions } from './print-window-options';

describe('the print window', () => {
  it('runs no script, has no preload or Node, is sandboxed and offscreen, in an in-memory session of its own', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, offscreen: true });
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences.partition).toBe(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('lets the window load its own page and nothing else', () => {
    const page = 'data:text/html;charset=utf-8;base64,PGgxPkhpPC9oMT4=';
    expect(isPrintRequestAllowed(page, page)).toBe(true);
    expect(isPrintRequestAllowed('https://example.org/pixel.png', page)).toBe(false);
    expect(isPrintRequestAllowed('file:///etc/passwd', page)).toBe(false);
    expect(isPrintRequestAllowed('data:image/png;base64,AAAA', page)).toBe(false);
  });
});
