import type { Handlers } from '../../rpc/handlers';
import { browseFolder } from './browse-folder';

export function createFileHandlers(deps: { dataDir: string }): Pick<Handlers, 'files.browse'> {
  return {
    'files.browse': ({ folder }) => browseFolder(folder?.trim() ? folder : deps.dataDir),
  };
}
