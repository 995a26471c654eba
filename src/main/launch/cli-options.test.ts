import { describe, expect, it } from 'vitest';
import { LaunchOptionError, parseLaunchOptions } from './cli-options';

describe('parseLaunchOptions', () => {
  it('reads --file, --port and --data-dir in both spellings', () => {
    expect(parseLaunchOptions(['--file', '/tmp/a.sourcebook', '--port=8123', '--data-dir', '/d'])).toEqual({
      file: '/tmp/a.sourcebook',
      port: 8123,
      dataDir: '/d',
    });
  });

  it('keeps an equals sign inside a value', () => {
    expect(parseLaunchOptions(['--file=/tmp/a=b.sourcebook']).file).toBe('/tmp/a=b.sourcebook');
  });

  it('ignores switches that belong to Electron or Chromium', () => {
    expect(parseLaunchOptions(['--no-sandbox', '.', '--inspect=9229'])).toEqual({});
  });

  it('refuses a port that is not a port', () => {
    expect(() => parseLaunchOptions(['--port', 'eighty'])).toThrow(LaunchOptionError);
    expect(() => parseLaunchOptions(['--port', '70000'])).toThrow(/0 to 65535/);
  });

  it('refuses a flag without its value', () => {
    expect(() => parseLaunchOptions(['--file'])).toThrow(/--file needs a value/);
  });
});
