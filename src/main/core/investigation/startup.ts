import fs from 'node:fs';
import path from 'node:path';
import type { InvestigationInfo } from '../../../shared/domain/investigation';
import { isServiceError, ServiceError } from '../service-error';
import { suggestFreePath, withInvestigationExtension } from './file-names';
import { DEFAULT_INVESTIGATION_NAME, investigationNameFrom } from './names';
import type { InvestigationSession } from './session';

export { DEFAULT_INVESTIGATION_NAME } from './names';

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
  // Files this start-up asked to create: if it then fails, the reporter is told which exist.
  const creating: string[] = [];
  const create = (target: string, name: string) => {
    creating.push(target);
    return session.create(target, name);
  };
  try {
    if (options.filePath) {
      // A command-line path is relative to where the command ran, not to the data folder.
      const given = path.resolve(options.filePath);
      const target = fs.existsSync(given) ? given : withInvestigationExtension(given);
      if (fs.existsSync(target)) return { ok: true, investigation: await session.open(target), how: 'opened' };
      const name = investigationNameFrom(path.basename(target, path.extname(target)));
      return { ok: true, investigation: await create(target, name), how: 'created' };
    }
    const known = session.recent.list();
    const latest = known.find((entry) => entry.available);
    if (latest) return { ok: true, investigation: await session.open(latest.path), how: 'opened' };
    const fresh = suggestFreePath(session.dataDir, DEFAULT_INVESTIGATION_NAME);
    const created = await create(fresh, DEFAULT_INVESTIGATION_NAME);
    if (known.length > 0) return { ok: true, investigation: created, how: 'created' };
    return { ok: true, investigation: await session.openSample(), how: 'sample' };
  } catch (error) {
    if (isServiceError(error)) return { ok: false, error };
    console.error('Opening an investigation at start-up failed:', error);
    // A creation either completes or removes its file, so a file that is there is whole. An
    // open may have upgraded a file (keeping a backup) before failing: no claim about it here.
    const made = creating.filter((filePath) => fs.existsSync(filePath));
    const madeNote =
      made.length > 0
        ? ` It had already created ${made.map((filePath) => `“${filePath}”`).join(' and ')}, which you can open from the start screen.`
        : '';
    return {
      ok: false,
      error: new ServiceError(
        'INTERNAL',
        `Sourcebook could not open an investigation at start-up (${error instanceof Error ? error.message : String(error)}).${madeNote} Open or create one from the start screen, and report this with the log if it happens again.`,
      ),
    };
  }
}
