import type { Entity } from '../../../../shared/domain/entity';
import type { NewSuggestion } from '../../../../shared/domain/suggestion';
import type { DateReference } from '../dates/date-mention';
import type { AnalysisStep } from '../text-analyzer';

export interface AnalysisRequest {
  id: number;
  text: string;
  reference: DateReference | null;
  /** The registry, so names the reporter has tagged are found and linked. */
  registry: Entity[];
  authors: string[];
}

export type AnalysisResponse =
  | { id: number; step: AnalysisStep }
  | { id: number; suggestions: NewSuggestion[] }
  | { id: number; error: string };
