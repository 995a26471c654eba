import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../../shared/contract';
import type { FactCheck, FactCheckExportFormat } from '../../../shared/domain/fact-check';
import type { Handlers } from '../../rpc/handlers';
import type { AnchorAll } from '../annotations/annotation-repository';
import type { Host } from '../app/host';
import { auditHistory } from '../audit/audit-log';
import type { DatabaseProvider } from '../sources/handlers';
import type { TaskRegistry } from '../tasks';
import { addEvidence, removeEvidence } from './evidence';
import { readExportData } from './export/export-data';
import { exportFactCheckFile } from './export/export-file';
import { factCheckProgress } from './progress';
import { getFactCheck, listFactChecks } from './read-fact-checks';
import { listScale, scaleHistory, updateScale } from './rating-scale';
import { setStatuses, updateFactCheck } from './update-check';

type FactCheckMethodName = Extract<keyof Handlers, `factCheck.${string}`>;

const FORMAT_NAMES: Record<FactCheckExportFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  docx: 'DOCX',
  pdf: 'PDF',
  markdown: 'Markdown',
  claimreview: 'ClaimReview JSON-LD',
};

/**
 * The fact-check sheet. Every change tells the sheets to reload the claims it touched; a
 * status change tells the readers too, since the inspector shows a claim's status.
 */
export function createFactCheckHandlers(deps: {
  session: DatabaseProvider;
  emit(event: AppEvent): void;
  anchorAll: AnchorAll;
  host: Pick<Host, 'printToPdf'>;
  tasks: TaskRegistry;
}): Pick<Handlers, FactCheckMethodName> {
  const db = () => deps.session.requireDb();
  const changed = (checks: readonly FactCheck[]) => {
    deps.emit({ type: 'factCheck.changed', claimIds: checks.map((check) => check.claimId) });
  };
  const statusChanged = (checks: readonly FactCheck[]) => {
    deps.emit({ type: 'annotations.changed', sourceIds: [...new Set(checks.map((check) => check.source.id))] });
  };
  return {
    'factCheck.list': ({ claimIds }) => {
      const claims = listFactChecks(db(), { ...(claimIds ? { claimIds } : {}), anchorAll: deps.anchorAll });
      return { claims, scale: listScale(db()), progress: factCheckProgress(claims) };
    },
    'factCheck.update': ({ claimId, changes }) => {
      const updated = updateFactCheck(db(), claimId, changes);
      changed([updated]);
      if (changes.status !== undefined) statusChanged([updated]);
      return updated;
    },
    'factCheck.setStatus': ({ claimIds, status }) => {
      const updated = setStatuses(db(), claimIds, status);
      changed(updated);
      statusChanged(updated);
      return updated;
    },
    'factCheck.updateScale': ({ ratings }) => {
      const scale = updateScale(db(), ratings);
      // Every rated claim may read differently now: the sheet reloads whole.
      deps.emit({ type: 'factCheck.changed', claimIds: [] });
      return scale;
    },
    'factCheck.addEvidence': ({ claimId, evidence }) => {
      const added = addEvidence(db(), claimId, evidence);
      changed([added.check]);
      return added;
    },
    'factCheck.removeEvidence': ({ evidenceId }) => {
      const removed = removeEvidence(db(), evidenceId);
      changed([removed.check]);
      return removed;
    },
    'factCheck.history': ({ claimId }) => {
      // Refuses what is not a claim by name, rather than answering with an empty history.
      getFactCheck(db(), claimId);
      return auditHistory(db(), 'claim', claimId);
    },
    'factCheck.scaleHistory': () => scaleHistory(db()),
    'factCheck.export': async ({ format, claimIds, taskId }) => {
      const count = claimIds?.length;
      const task = deps.tasks.start(taskId ?? randomUUID(), `Exporting ${count === undefined ? 'all' : count.toLocaleString('en')} ${count === 1 ? 'claim' : 'claims'} as ${FORMAT_NAMES[format]}`);
      try {
        // Three steps a window can show: read, written, and (for a PDF) printed.
        task.progress(0, 2);
        const data = readExportData(db(), claimIds ? { claimIds } : {});
        task.progress(1, 2);
        const file = await exportFactCheckFile(data, format, deps.host.printToPdf?.bind(deps.host), task.signal);
        task.progress(2, 2);
        task.finish('done', file.fileName);
        return file;
      } catch (error) {
        task.finish(task.signal.aborted ? 'cancelled' : 'failed', error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
  };
}
