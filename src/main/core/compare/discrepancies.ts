import { describeDiscrepancy } from './describe-discrepancy';
import { contextAround, type ContextWord } from './fact-context';
import { comparable, formatFigure, sameValue, type FigureKind } from './figures';
import type { FactSubject, SourceFact } from './source-fact';

/** Words near the figures of a group that tie its facts together, as each fact writes them. */
export interface SharedContext {
  term: string;
  /** The distinct spellings in the group's facts ("worth", "valued"). */
  words: string[];
  /** How many of the group's facts have it near their figure. */
  facts: number;
}

/** Figures that seem to state one fact and disagree, with why they were taken for one fact. */
export interface Discrepancy {
  subject: FactSubject;
  kind: FigureKind;
  /** The group's facts, by source then position: the spans to show side by side. */
  factIds: string[];
  /** Each distinct value once, with the facts that give it. */
  values: { normalized: string; factIds: string[] }[];
  sharedContext: SharedContext[];
  /** "Both give the value of the contract linked to Halden Systems, in The Ledger and Wire (…)." */
  explanation: string;
}

/** A fact with the words around its figure. */
export interface FactInContext {
  fact: SourceFact;
  context: ContextWord[];
}

/**
 * Facts are taken for the same fact when they are about the same subject, give the same kind of
 * figure (for counts, of the same thing), come from different sources, and share a word near
 * their figures; when both have an action near them ("signed", "ended"), they must share the
 * action, so a signing date and an end date of one contract stay apart. Linked facts form
 * groups; a group is reported when two of its sources disagree. Deterministic: facts are
 * ordered by subject, kind, source, position and id before anything else.
 */
export function findDiscrepancies(facts: readonly SourceFact[]): Discrepancy[] {
  const ordered = [...facts].sort(compareFacts).map((fact): FactInContext => ({ fact, context: contextAround(fact) }));
  const buckets = new Map<string, FactInContext[]>();
  for (const entry of ordered) {
    const key = `${entry.fact.subject.kind}:${entry.fact.subject.id}|${entry.fact.value.kind}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(entry);
    else buckets.set(key, [entry]);
  }
  const discrepancies: Discrepancy[] = [];
  for (const bucket of buckets.values()) {
    for (const group of linkedGroups(bucket)) {
      if (!disagrees(group)) continue;
      discrepancies.push(toDiscrepancy(group));
    }
  }
  return discrepancies;
}

function compareFacts(a: SourceFact, b: SourceFact): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.subject.kind, b.subject.kind) || a.subject.id - b.subject.id || text(a.value.kind, b.value.kind) || a.source.id - b.source.id || a.span.start - b.span.start || text(a.id, b.id);
}

/** Whether two facts of one bucket describe the same fact (see findDiscrepancies). */
function sameFact(a: FactInContext, b: FactInContext): boolean {
  if (a.fact.source.id === b.fact.source.id || !comparable(a.fact.value, b.fact.value)) return false;
  const bTerms = new Set(b.context.map((word) => word.term));
  const shared = a.context.filter((word) => bTerms.has(word.term));
  if (shared.length === 0) return false;
  const bothAct = a.context.some((word) => word.verb) && b.context.some((word) => word.verb);
  return !bothAct || shared.some((word) => word.verb);
}

function linkedGroups(bucket: readonly FactInContext[]): FactInContext[][] {
  const parent = bucket.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (let i = 0; i < bucket.length; i++) {
    for (let j = i + 1; j < bucket.length; j++) if (sameFact(bucket[i]!, bucket[j]!)) parent[root(j)] = root(i);
  }
  const groups = new Map<number, FactInContext[]>();
  bucket.forEach((entry, index) => {
    const group = groups.get(root(index));
    if (group) group.push(entry);
    else groups.set(root(index), [entry]);
  });
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Two facts from different sources that do not agree. One source repeating itself differently is a sequence, not a dispute. */
function disagrees(group: readonly FactInContext[]): boolean {
  return group.some((a, i) => group.slice(i + 1).some((b) => a.fact.source.id !== b.fact.source.id && !sameValue(a.fact.value, b.fact.value)));
}

function toDiscrepancy(group: readonly FactInContext[]): Discrepancy {
  const first = group[0]!.fact;
  const values: Discrepancy['values'] = [];
  for (const { fact } of group) {
    const normalized = formatFigure(fact.value);
    const known = values.find((value) => value.normalized === normalized);
    if (known) known.factIds.push(fact.id);
    else values.push({ normalized, factIds: [fact.id] });
  }
  const sharedContext = contextShared(group);
  return {
    subject: first.subject,
    kind: first.value.kind,
    factIds: group.map(({ fact }) => fact.id),
    values,
    sharedContext,
    explanation: describeDiscrepancy(group, sharedContext),
  };
}

/** Terms near the figures of at least two facts, most widely shared first, then nearest. */
function contextShared(group: readonly FactInContext[]): SharedContext[] {
  const byTerm = new Map<string, { words: Set<string>; facts: number; distance: number }>();
  for (const { context } of group) {
    const seen = new Set<string>();
    for (const word of context) {
      const entry = byTerm.get(word.term) ?? { words: new Set<string>(), facts: 0, distance: 0 };
      entry.words.add(word.word.toLowerCase());
      if (!seen.has(word.term)) {
        entry.facts++;
        entry.distance += word.distance;
        seen.add(word.term);
      }
      byTerm.set(word.term, entry);
    }
  }
  return [...byTerm.entries()]
    .filter(([, entry]) => entry.facts > 1)
    .sort(([termA, a], [termB, b]) => b.facts - a.facts || a.distance / a.facts - b.distance / b.facts || (termA < termB ? -1 : 1))
    .map(([term, entry]) => ({ term, words: [...entry.words], facts: entry.facts }));
}
