import fs from 'node:fs';
import path from 'node:path';
import type { InvestigationInfo } from '../../../shared/domain/investigation';
import { isServiceError, ServiceError } from '../service-error';
import { suggestFreePath, withInvestigationExtension } from './file-names';
import type { InvestigationSession } from './session';

export const DEFAULT_INVESTIGATION_NAME = 'My investigation';

export type StartupOutcome =
  | { ok: true; investigation: InvestigationInfo; how: 'opened' | 'created' | 'sample' }
  | { ok: false; error: ServiceError };

/**
 * What the app opens when it starts: the file named on the command line (created if it does
 * not exist yet), else the most recent investigation that is still there, else a new
 * "My investigation" in the data folder. On the very first start (nothing ever opened), the
 * new investigation is made and then the sample is shown, so a new reporter sees what
 * Sourcebook does; their own empty investigation is one click away under Recent.
 * A failure is returned, not thrown, for the host to show; the app then starts with nothing
 * open and the reporter chooses.
 */
export async function openStartupInvestigation(
  session: InvestigationSession,
  options: { filePath?: string } = {},
): Promise<StartupOutcome> {
  try {
    if (options.filePath) {
      // A command-line path is relative to where the command ran, not to the data folder.
      const given = path.resolve(options.filePath);
      const target = fs.existsSync(given) ? given : withInvestigationExtension(given);
      if (fs.existsSync(target)) return { ok: true, investigation: await session.open(target), how: 'opened' };
      const name = path.basename(target, path.extname(target)) || DEFAULT_INVESTIGATION_NAME;
      return { ok: true, investigation: await session.create(target, name), how: 'created' };
    }
    const known = session.recent.list();
    const latest = known.find((entry) => entry.available);
    if (latest) return { ok: true, investigation: await session.open(latest.path), how: 'opened' };
    const fresh = suggestFreePath(session.dataDir, DEFAULT_INVESTIGATION_NAME);
    const created = await session.create(fresh, DEFAULT_INVESTIGATION_NAME);
    if (known.length > 0) return { ok: true, investigation: created, how: 'created' };
    return { ok: true, investigation: await session.openSample(), how: 'sample' };
  } catch (error) {
    if (isServiceError(error)) return { ok: false, error };
    console.error('Opening an investigation at start-up failed:', error);
    return {
      ok: false,
      error: new ServiceError(
        'INTERNAL',
        'Sourcebook could not open an investigation at start-up. No file was changed; open or create one from the start screen, and report this with the log if it happens again.',
      ),
    };
  }
}
