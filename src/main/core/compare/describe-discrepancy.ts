import type { FactInContext, SharedContext } from './discrepancies';
import { listInWords } from './list-in-words';
import type { SourceFact } from './source-fact';

const HOW_MANY = ['', '', 'Both', 'All three', 'All four', 'All five'];

/**
 * Words near a figure that say when or which, not what: "worth $1.5 million in its first year"
 * is about an agreement, not a "first". They still count as shared context, but never name
 * the thing.
 */
const NOT_A_THING = new Set(['first', 'second', 'third', 'last', 'next', 'year', 'month', 'week', 'day', 'quarter', 'annual', 'total', 'initial', 'new', 'old']);

/**
 * Why a group's figures were taken for one fact, in words: "Both give the value of the contract
 * linked to Halden Systems, in The Ledger and Wire (near each figure: “contract”,
 * “worth”/“valued”)."
 */
export function describeDiscrepancy(group: readonly FactInContext[], shared: readonly SharedContext[]): string {
  const first = group[0]!.fact;
  const verbs = new Set(group.flatMap(({ context }) => context.filter((word) => word.verb).map((word) => word.term)));
  const noun = shared.find((entry) => !verbs.has(entry.term) && entry.term !== 'value' && !NOT_A_THING.has(entry.term));
  const verb = shared.find((entry) => verbs.has(entry.term));
  const subject = first.subject.kind === 'entity' ? `linked to ${first.subject.name}` : `in the event “${first.subject.name}”`;
  const sources = listInWords([...new Set(group.map(({ fact }) => fact.source.name))]);
  const who = HOW_MANY[group.length] ?? `All ${group.length}`;
  const near = shared.map((entry) => entry.words.map((word) => `“${word}”`).join('/'));
  return `${who} ${what(first, noun?.words[0] ?? null, verb?.words[0] ?? null, subject)}, in ${sources} (near each figure: ${listInWords(near)}).`;
}

/** "give the value of the contract linked to X", "give the date the contract linked to X was signed". */
function what(fact: SourceFact, noun: string | null, verb: string | null, subject: string): string {
  const thing = noun ? `the ${noun} ${subject}` : null;
  switch (fact.value.kind) {
    case 'money':
      return thing ? `give the value of ${thing}` : `give an amount ${subject}`;
    case 'percent':
      return thing ? `give the share for ${thing}` : `give a percentage ${subject}`;
    case 'count':
      return `give the number of ${fact.value.unit ?? noun ?? 'something'} ${subject}`;
    case 'date':
      if (thing && verb) return `give the date ${thing} was ${verb}`;
      if (thing) return `give the date of ${thing}`;
      return verb ? `give the date it was ${verb}, ${subject}` : `give a date ${subject}`;
  }
}
