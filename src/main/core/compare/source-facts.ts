import type { PartialDate } from '../../../shared/domain/dates';
import type { ResolvedDate } from '../analysis/dates/date-mention';
import { firstDayOf, lastDayOf } from '../timeline/timeline-dates';
import type { CompareContext } from './compare-context';
import { sourceName } from './compare-context';
import { findFigures, type FigureValue } from './figures';
import type { SourceAnnotations, SourceMention } from './source-annotations';
import type { FactSubject, SourceFact } from './source-fact';

/** A fact, and the stored mention it came from (null for a figure found in the text). */
export interface FactFrom {
  fact: SourceFact;
  annotationId: number | null;
  source: SourceAnnotations;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A reporter's partial date ("2020-09") as the figures' resolved date. */
export function resolvedDate(from: PartialDate, to: PartialDate | null = null): ResolvedDate {
  const precision = from.length === 4 ? 'year' : from.length === 7 ? 'month' : 'day';
  // A range's ends are days, as the date finder gives them, so bounds compare as strings.
  if (to && to !== from) return { precision: 'range', start: firstDayOf(from), end: lastDayOf(to) };
  return { precision, value: from };
}

/**
 * The figures each source gives about an entity, for findDiscrepancies:
 *
 * - money and date mentions the reporter tagged (their value is the entity's, as normalized
 *   when it was tagged: the reporter's reading wins over the text's);
 * - dated events: the event's date, where its words hold a date;
 * - and, from the text, the figures (counts, shares, and money or dates not tagged) in
 *   sentences that name a tagged entity.
 *
 * A figure's subject is each entity of a tagged event whose words hold it ("a figure about two
 * things is two facts"), else the nearest entity tagged in its sentence (a person, company,
 * place or other, never another amount or date). Figures with no subject are left out: a
 * discrepancy needs something the two figures are about.
 */
export function sourceFacts(sources: readonly SourceAnnotations[], context: CompareContext): FactFrom[] {
  const facts: FactFrom[] = [];
  for (const source of sources) {
    const name = sourceName(source.source);
    const taken: Array<{ start: number; end: number }> = [];
    const add = (id: string, annotationId: number | null, span: { start: number; end: number }, value: FigureValue) => {
      const sentence = sentenceOf(source, span);
      for (const subject of subjectsOf(source, span, sentence, context)) {
        facts.push({
          annotationId,
          source,
          fact: { id: `${id}|${subject.kind}:${subject.id}`, source: { id: source.source.id, name }, subject, value, span: { ...span, text: source.text.slice(span.start, span.end) }, sentence: { start: sentence.start, text: source.text.slice(sentence.start, sentence.end) } },
        });
      }
      taken.push(span);
    };

    for (const mention of source.mentions) {
      const value = mentionValue(mention);
      if (value) add(`annotation:${mention.annotationId}`, mention.annotationId, mention, value);
    }
    for (const event of source.events) {
      if (!event.startsOn) continue;
      const words = findFigures(source.text.slice(event.start, event.end), null).find((figure) => figure.value.kind === 'date');
      if (!words) continue;
      const span = { start: event.start + words.start, end: event.start + words.end };
      if (taken.some((other) => overlaps(other, span))) continue;
      add(`event:${event.annotationId}`, event.annotationId, span, { kind: 'date', date: resolvedDate(event.startsOn, event.endsOn) });
    }
    const reference = source.source.publishedDate ? { date: source.source.publishedDate, basis: 'published' as const } : null;
    for (const sentence of source.sentences) {
      if (!source.mentions.some((mention) => isSubject(mention) && mention.start >= sentence.start && mention.end <= sentence.end)) continue;
      for (const figure of findFigures(source.text.slice(sentence.start, sentence.end), reference)) {
        const span = { start: sentence.start + figure.start, end: sentence.start + figure.end };
        if (taken.some((other) => overlaps(other, span)) || source.mentions.some((mention) => overlaps(mention, span))) continue;
        add(`figure:${source.source.id}:${source.codePoints.toCodePoint(span.start)}`, null, span, figure.value);
      }
    }
  }
  return facts;
}

function mentionValue(mention: SourceMention): FigureValue | null {
  const { entity } = mention;
  if (entity.type === 'money' && entity.money) return { kind: 'money', amount: entity.money.amount, currency: entity.money.currency };
  if (entity.type === 'date' && entity.date) return { kind: 'date', date: resolvedDate(entity.date) };
  return null;
}

const isSubject = (mention: SourceMention) => mention.entity.type !== 'money' && mention.entity.type !== 'date';

function sentenceOf(source: SourceAnnotations, span: { start: number; end: number }): { start: number; end: number } {
  return source.sentences.find((sentence) => sentence.start <= span.start && span.end <= sentence.end) ?? { start: 0, end: source.text.length };
}

function subjectsOf(source: SourceAnnotations, span: { start: number; end: number }, sentence: { start: number; end: number }, context: CompareContext): FactSubject[] {
  const holding = source.events.filter((event) => event.start <= span.start && span.end <= event.end).flatMap((event) => event.entityIds);
  if (holding.length > 0) {
    return [...new Set(holding)].sort((a, b) => a - b).map((id) => ({ kind: 'entity' as const, id, name: context.entity(id)!.name }));
  }
  const distance = (mention: SourceMention) => (mention.end <= span.start ? span.start - mention.end : mention.start - span.end);
  const nearest = source.mentions
    .filter((mention) => isSubject(mention) && !overlaps(mention, span) && mention.start >= sentence.start && mention.end <= sentence.end)
    .sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
  return nearest ? [{ kind: 'entity', id: nearest.entity.id, name: nearest.entity.name }] : [];
}
