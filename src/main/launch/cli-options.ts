/** Command-line options shared by the desktop app and the server. */
export interface LaunchOptions {
  /** `--file PATH`: open (or create) this investigation instead of the most recent one. */
  file?: string;
  /** `--port N`: the server's port; random when absent. */
  port?: number;
  /** `--data-dir DIR`: where recent files, the sample and new investigations go. */
  dataDir?: string;
}

export class LaunchOptionError extends Error {}

export function parseLaunchOptions(argv: readonly string[]): LaunchOptions {
  const options: LaunchOptions = {};
  for (let index = 0; index < argv.length; index++) {
    const raw = argv[index]!;
    const [flag, inlineValue] = raw.startsWith('--') && raw.includes('=') ? raw.split(/=(.*)/s, 2) : [raw, undefined];
    const takeValue = (): string => {
      const value = inlineValue ?? argv[++index];
      if (value === undefined || value === '') throw new LaunchOptionError(`${flag} needs a value.`);
      return value;
    };
    switch (flag) {
      case '--file':
        options.file = takeValue();
        break;
      case '--data-dir':
        options.dataDir = takeValue();
        break;
      case '--port': {
        const value = takeValue();
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new LaunchOptionError(`--port must be a whole number from 0 to 65535, not "${value}".`);
        }
        options.port = port;
        break;
      }
      default:
        // Electron and Chromium add switches of their own; only our flags are ours to judge.
        break;
    }
  }
  return options;
}
