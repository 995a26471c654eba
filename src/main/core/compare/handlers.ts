import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../../shared/contract';
import type { ComparisonExportFormat } from '../../../shared/domain/comparison';
import type { Host } from '../app/host';
import type { Handlers } from '../../rpc/handlers';
import type { DatabaseProvider } from '../sources/handlers';
import type { TaskRegistry } from '../tasks';
import { buildComparison } from './build-comparison';
import { deleteComparison, getComparison, listComparisons, renameComparison, saveComparison } from './comparison-store';
import { claimFromDiscrepancy } from './discrepancy-claim';
import { exportComparison } from './export-comparison';
import { listDiscrepancies } from './list-discrepancies';

type CompareMethodName = Extract<keyof Handlers, `compare.${string}`>;

/**
 * The Compare view: statements side by side, saved comparisons, discrepancies. Saving,
 * renaming and deleting a comparison tell every window (`comparisons.changed`); a claim made
 * from a discrepancy tells the readers and the fact-check sheet, as any new claim does.
 */
const FORMAT_NAMES: Record<ComparisonExportFormat, string> = { html: 'HTML', markdown: 'Markdown', pdf: 'PDF', docx: 'DOCX' };

export function createCompareHandlers(deps: {
  session: DatabaseProvider;
  emit(event: AppEvent): void;
  host?: Pick<Host, 'printToPdf'>;
  /** Exports run as tasks (progress and cancel in every window's status area) where given. */
  tasks?: TaskRegistry;
}): Pick<Handlers, CompareMethodName> {
  const db = () => deps.session.requireDb();
  const changed = (comparisonId: number) => deps.emit({ type: 'comparisons.changed', comparisonId });
  return {
    'compare.build': (params) => buildComparison(db(), params),
    'compare.save': (params) => {
      const saved = saveComparison(db(), params);
      changed(saved.id);
      return saved;
    },
    'compare.list': () => listComparisons(db()),
    'compare.get': ({ id }) => getComparison(db(), id),
    'compare.rename': ({ id, name }) => {
      const renamed = renameComparison(db(), id, name);
      changed(id);
      return renamed;
    },
    'compare.delete': ({ id }) => {
      const deleted = deleteComparison(db(), id);
      changed(id);
      return deleted;
    },
    'compare.discrepancies': ({ sourceIds }) => ({ discrepancies: listDiscrepancies(db(), sourceIds) }),
    'compare.discrepancyToClaim': ({ sourceId, start, end, speakerId, note }) => {
      const made = claimFromDiscrepancy(db(), { sourceId, start, end, speakerId: speakerId ?? null, note: note ?? '' });
      if (made.created) {
        deps.emit({ type: 'annotations.changed', sourceIds: [sourceId] });
        deps.emit({ type: 'factCheck.changed', claimIds: [made.claim.id] });
      }
      return made;
    },
    'compare.export': async ({ name, format, taskId, ...params }) => {
      const title = name ?? 'Comparison';
      const task = deps.tasks ? deps.tasks.start(taskId ?? randomUUID(), `Exporting “${title}” as ${FORMAT_NAMES[format]}`) : null;
      try {
        // Two steps a window can show: the comparison built, and the file written (or printed).
        task?.progress(0, 2);
        const built = buildComparison(db(), params);
        task?.progress(1, 2);
        const file = await exportComparison(title, built, format, deps.host?.printToPdf?.bind(deps.host), task?.signal);
        task?.progress(2, 2);
        task?.finish('done', file.fileName);
        return file;
      } catch (error) {
        task?.finish(task.signal.aborted ? 'cancelled' : 'failed', error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
  };
}
