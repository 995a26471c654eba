import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../../shared/contract';
import type { Handlers } from '../../rpc/handlers';
import type { DatabaseProvider } from '../sources/handlers';
import type { TaskRegistry } from '../tasks';
import { analyzeSources } from './analyze-sources';
import { acceptSuggestion, rejectSuggestion, reopenSuggestion } from './suggestions/accept-suggestion';
import { analysisRun, getSuggestion, listPendingSuggestions } from './suggestions/suggestion-repository';
import type { TextAnalyzer } from './text-analyzer';

type AnalysisMethodName = Extract<keyof Handlers, `analysis.${string}` | `suggestions.${string}`>;

/** The offline analysis and the review of what it suggests. */
export function createAnalysisHandlers(deps: { session: DatabaseProvider; tasks: TaskRegistry; analyzer: TextAnalyzer; emit(event: AppEvent): void }): Pick<Handlers, AnalysisMethodName> {
  const db = () => deps.session.requireDb();
  /** An accepted suggestion is an annotation like any other: every view of those follows. */
  const accepted = (sourceId: number) => {
    deps.emit({ type: 'suggestions.changed', sourceIds: [sourceId] });
    deps.emit({ type: 'annotations.changed', sourceIds: [sourceId] });
    deps.emit({ type: 'entities.changed' });
    deps.emit({ type: 'sources.changed' });
  };
  return {
    'analysis.run': async ({ sourceIds, taskId }) => {
      const count = sourceIds?.length;
      const task = deps.tasks.start(taskId ?? randomUUID(), count === 1 ? 'Analyzing 1 source' : `Analyzing ${count ?? 'all'} sources`);
      try {
        const result = await analyzeSources({ db, analyzer: deps.analyzer, emit: deps.emit }, sourceIds, task);
        task.finish(task.signal.aborted ? 'cancelled' : 'done', `${result.suggested.toLocaleString('en')} suggestions in ${result.analyzed} source${result.analyzed === 1 ? '' : 's'}.`);
        return result;
      } catch (error) {
        task.finish('failed', error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
    'suggestions.list': ({ sourceId }) => {
      const run = analysisRun(db(), sourceId);
      return { suggestions: listPendingSuggestions(db(), sourceId), analyzedAt: run?.analyzedAt ?? null, reference: run?.reference ?? null };
    },
    'suggestions.accept': ({ id, edits }) => {
      const annotation = acceptSuggestion(db(), id, edits);
      accepted(annotation.sourceId);
      return annotation;
    },
    'suggestions.reject': ({ id }) => {
      const { sourceId } = getSuggestion(db(), id);
      rejectSuggestion(db(), id);
      deps.emit({ type: 'suggestions.changed', sourceIds: [sourceId] });
      return { rejected: true as const };
    },
    'suggestions.reopen': ({ id }) => {
      const { sourceId } = getSuggestion(db(), id);
      const reopened = reopenSuggestion(db(), id);
      if (reopened.removedAnnotationId !== null) accepted(sourceId);
      else deps.emit({ type: 'suggestions.changed', sourceIds: [sourceId] });
      return reopened;
    },
    'suggestions.acceptAll': ({ sourceId, kind }) => {
      const pending = listPendingSuggestions(db(), sourceId).filter((suggestion) => suggestion.kind === kind);
      const database = db();
      const count = database.transaction(() => pending.reduce((sum, suggestion) => (acceptSuggestion(database, suggestion.id), sum + 1), 0))();
      accepted(sourceId);
      return { accepted: count };
    },
  };
}
