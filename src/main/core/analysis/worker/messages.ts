import type { TextAnalysis } from '../analyze-text';
import type { DateReference } from '../dates/date-mention';
import type { AnalysisStep } from '../text-analyzer';

export interface AnalysisRequest {
  id: number;
  text: string;
  reference: DateReference | null;
}

export type AnalysisResponse =
  | { id: number; step: AnalysisStep }
  | { id: number; analysis: TextAnalysis }
  | { id: number; error: string };
