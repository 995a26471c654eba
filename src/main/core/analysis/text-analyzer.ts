import type { Entity } from '../../../shared/domain/entity';
import type { NewSuggestion } from '../../../shared/domain/suggestion';
import type { DateReference } from './dates/date-mention';

/** Which part of the analysis is running, for progress: four steps per source. */
export const ANALYSIS_STEPS = ['names', 'amounts', 'dates', 'quotes'] as const;
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number];

/**
 * Analyzes one text and turns what it finds into suggestions against the registry, somewhere:
 * a worker thread in the app (a long report takes seconds), in-process in tests.
 */
export interface TextAnalyzer {
  suggest(
    text: string,
    reference: DateReference | null,
    registry: readonly Entity[],
    options: { signal: AbortSignal; onStep?(step: AnalysisStep): void; /** The source's authors: "I" in a letter is its writer. */ authors?: readonly string[] },
  ): Promise<NewSuggestion[]>;
  dispose?(): Promise<void>;
}
