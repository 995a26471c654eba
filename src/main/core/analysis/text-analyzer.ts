import type { TextAnalysis } from './analyze-text';
import type { DateReference } from './dates/date-mention';

/** Which part of the analysis is running, for progress: four steps per source. */
export const ANALYSIS_STEPS = ['names', 'amounts', 'dates', 'quotes'] as const;
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number];

/** Runs the analysis of one text somewhere (a worker thread in the app, in-process in tests). */
export interface TextAnalyzer {
  analyze(text: string, reference: DateReference | null, options: { signal: AbortSignal; onStep?(step: AnalysisStep): void }): Promise<TextAnalysis>;
  dispose?(): Promise<void>;
}
