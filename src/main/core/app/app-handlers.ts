import path from 'node:path';
import type { Handlers } from '../../rpc/handlers';
import { parseExternalUrl } from '../../security/navigation';
import { ServiceError } from '../service-error';
import type { Host } from './host';

type AppHandlerNames = 'app.info' | 'app.choosePath' | 'app.openExternal';

export function createAppHandlers(deps: {
  host: Host;
  dataDir: string;
  appVersion: string;
  startupProblem(): string | null;
}): Pick<Handlers, AppHandlerNames> {
  const { host, dataDir, appVersion } = deps;
  return {
    'app.info': () => ({
      version: appVersion,
      platform: process.platform,
      dataDir,
      nativeDialogs: host.nativeDialogs,
      pathSeparator: path.sep === '\\' ? '\\' : '/',
      startupProblem: deps.startupProblem(),
    }),

    'app.choosePath': async ({ purpose, suggestedName }) => {
      if (!host.choosePath) return { status: 'unsupported' as const };
      const chosen = await host.choosePath(purpose, suggestedName);
      return chosen ? { status: 'chosen' as const, path: chosen } : { status: 'cancelled' as const };
    },

    'app.openExternal': async ({ url }) => {
      const parsed = parseExternalUrl(url);
      if (!parsed) {
        throw new ServiceError('INVALID_PARAMS', 'Only web (http, https) and e-mail (mailto) links can be opened.');
      }
      if (!host.openExternal) return { opened: false };
      await host.openExternal(parsed);
      return { opened: true };
    },
  };
}
