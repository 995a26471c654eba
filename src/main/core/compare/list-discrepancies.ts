import type Database from 'better-sqlite3';
import type { DiscrepancyFact, DiscrepancyView } from '../../../shared/domain/comparison';
import { readCompareContext } from './compare-context';
import { findDiscrepancies } from './discrepancies';
import { formatFigure } from './figures';
import { readSourceAnnotations } from './source-annotations';
import { sourceFacts, type FactFrom } from './source-facts';

/**
 * The figures that disagree across sources (all, or among `sourceIds`), each with its spans as
 * code points (the unit of stored spans, and of the claim a reporter makes of one) and the
 * sentence around each split for showing side by side.
 */
export function listDiscrepancies(db: Database.Database, sourceIds?: readonly number[]): DiscrepancyView[] {
  const context = readCompareContext(db);
  const facts = sourceFacts(readSourceAnnotations(db, context, sourceIds), context);
  const byId = new Map(facts.map((entry) => [entry.fact.id, entry]));
  return findDiscrepancies(facts.map((entry) => entry.fact)).map((discrepancy) => ({
    key: `${discrepancy.subject.kind}:${discrepancy.subject.id}|${discrepancy.kind}|${discrepancy.factIds[0]}`,
    subject: discrepancy.subject,
    kind: discrepancy.kind,
    explanation: discrepancy.explanation,
    values: discrepancy.values,
    sharedContext: discrepancy.sharedContext,
    facts: discrepancy.factIds.map((id) => toView(byId.get(id)!)),
  }));
}

function toView({ fact, annotationId, source }: FactFrom): DiscrepancyFact {
  const points = (unit: number) => source.codePoints.toCodePoint(unit);
  const sentenceEnd = fact.sentence.start + fact.sentence.text.length;
  return {
    id: fact.id,
    source: source.source,
    annotationId,
    normalized: formatFigure(fact.value),
    figure: { start: points(fact.span.start), end: points(fact.span.end), text: fact.span.text },
    sentence: {
      start: points(fact.sentence.start),
      end: points(sentenceEnd),
      before: source.text.slice(fact.sentence.start, fact.span.start),
      after: source.text.slice(fact.span.end, sentenceEnd),
    },
  };
}
