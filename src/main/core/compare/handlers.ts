import type { AppEvent } from '../../../shared/contract';
import type { Host } from '../app/host';
import type { Handlers } from '../../rpc/handlers';
import type { DatabaseProvider } from '../sources/handlers';
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
export function createCompareHandlers(deps: { session: DatabaseProvider; emit(event: AppEvent): void; host?: Pick<Host, 'printToPdf'> }): Pick<Handlers, CompareMethodName> {
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
    'compare.export': ({ name, format, ...params }) => {
      const built = buildComparison(db(), params);
      return exportComparison(name ?? 'Comparison', built, format, deps.host?.printToPdf?.bind(deps.host));
    },
  };
}
