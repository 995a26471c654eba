import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../shared/contract';
import type { SourceId } from '../../../shared/domain/source';
import { listEntities } from '../entities/entity-repository';
import type { TaskHandle } from '../tasks';
import type { DateReference } from './dates/date-mention';
import { ANALYZER_VERSION } from './suggestions/to-suggestions';
import { storeSuggestions } from './suggestions/suggestion-repository';
import { ANALYSIS_STEPS, type TextAnalyzer } from './text-analyzer';

interface SourceRow {
  id: number;
  canonical_text: string;
  published_date: string | null;
  imported_at: string;
  authors: string;
}

/** Relative dates count from the publication date; without one, from the day it was imported (and the suggestions say so). */
export function referenceOf(source: Pick<SourceRow, 'published_date' | 'imported_at'>): DateReference {
  return source.published_date ? { date: source.published_date, basis: 'published' } : { date: source.imported_at.slice(0, 10), basis: 'imported' };
}

/**
 * Analyzes sources one by one (all of them when `sourceIds` is null), replacing each one's
 * pending suggestions as it is done, so a cancel keeps what was finished. Progress counts four
 * steps per source, so one long report still moves the bar.
 */
export async function analyzeSources(
  deps: { db(): Database.Database; analyzer: TextAnalyzer; emit(event: AppEvent): void },
  sourceIds: readonly SourceId[] | null,
  task: TaskHandle,
): Promise<{ analyzed: number; suggested: number }> {
  const ids = sourceIds ?? (deps.db().prepare('SELECT id FROM source ORDER BY imported_at, id').pluck().all() as number[]);
  const total = ids.length * ANALYSIS_STEPS.length;
  let analyzed = 0;
  let suggested = 0;
  task.progress(0, total);
  for (const [index, sourceId] of ids.entries()) {
    if (task.signal.aborted) break;
    const source = deps.db().prepare('SELECT id, canonical_text, published_date, imported_at, authors FROM source WHERE id = ?').get(sourceId) as SourceRow | undefined;
    // Removed while waiting its turn: nothing to analyze.
    if (!source) continue;
    const reference = referenceOf(source);
    let suggestions;
    try {
      suggestions = await deps.analyzer.suggest(source.canonical_text, reference, listEntities(deps.db()), {
        signal: task.signal,
        authors: JSON.parse(source.authors) as string[],
        onStep: (step) => task.progress(index * ANALYSIS_STEPS.length + ANALYSIS_STEPS.indexOf(step), total),
      });
    } catch (error) {
      if (task.signal.aborted) break;
      throw error;
    }
    suggested += storeSuggestions(deps.db(), sourceId, suggestions, { reference, analyzerVersion: ANALYZER_VERSION }).stored;
    analyzed++;
    deps.emit({ type: 'suggestions.changed', sourceIds: [sourceId] });
    task.progress((index + 1) * ANALYSIS_STEPS.length, total);
  }
  return { analyzed, suggested };
}
