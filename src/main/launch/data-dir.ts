import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Sourcebook';

/**
 * Server mode's data folder: the same folder Electron uses as `userData` for an app named
 * Sourcebook, so the desktop app and server mode share recent files and the sample.
 * SOURCEBOOK_DATA_DIR overrides it (tests and portable setups).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SOURCEBOOK_DATA_DIR) return path.resolve(env.SOURCEBOOK_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}
