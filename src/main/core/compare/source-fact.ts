/**
 * A figure a source gives about an entity or an event: the input of findDiscrepancies.
 *
 * Shape, and where each field is meant to come from once this is wired to the database:
 *
 *   id        the caller's key, echoed back: "annotation:12" (a stored money/date mention),
 *             "suggestion:40" (an analysis finding not yet accepted), "figure:3:1200" (a count
 *             found by findFigures in source 3 at offset 1200).
 *   source    { id, name }: the source's id and what a reporter calls it (outlet, else title).
 *   subject   { kind: 'entity' | 'event', id, name }: what the figure is about. An event
 *             annotation whose span holds the figure gives 'event'; otherwise the entity of the
 *             nearest mention annotation in the same sentence (the company, not the amount's
 *             own money entity). One subject per fact: a figure about two things is two facts.
 *   value     a FigureValue: money from findMoney (or a money entity's `money`), a date from
 *             findDates (a date entity's `date` as { precision, value }), a count or a
 *             percentage from findFigures.
 *   span      { start, end, text }: the figure in the source's canonical text.
 *   sentence  { start, text }: the sentence holding it (see sentenceAround), same offsets.
 *
 * Offsets are UTF-16, as the analysis gives them; stored annotations count code points, so
 * convert before building a fact from one. Only `span.start - sentence.start` is used.
 */
import type { SourceId } from '../../../shared/domain/source';
import { sentences } from '../analysis/events/sentences';
import type { FigureValue } from './figures';

export interface FactSubject {
  kind: 'entity' | 'event';
  id: number;
  name: string;
}

export interface SourceFact {
  id: string;
  source: { id: SourceId; name: string };
  subject: FactSubject;
  value: FigureValue;
  span: { start: number; end: number; text: string };
  sentence: { start: number; text: string };
}

/** The sentence of `text` that holds [start, end), as a fact's `sentence`; the whole text if none does. */
export function sentenceAround(text: string, start: number, end: number): { start: number; text: string } {
  for (const sentence of sentences(text)) {
    if (sentence.start <= start && end <= sentence.end) return { start: sentence.start, text: text.slice(sentence.start, sentence.end) };
  }
  return { start: 0, text };
}
