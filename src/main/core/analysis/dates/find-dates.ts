import { ABSOLUTE_RULES } from './absolute-rules';
import type { DateMention, DateReference } from './date-mention';
import { parseReference } from './reference';
import { RELATIVE_RULES } from './relative-rules';
import type { DateRule, RuleContext } from './rule';

const RULES: readonly DateRule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES];

/**
 * Every date `text` states, resolved against the reference (the source's publication date, or
 * its import date when that is unknown), each with the precision its words give: "September,
 * 2020" is a month, "in 2023" a year, "last week" a range, and "Wednesday" the day it was. Where
 * two readings overlap the longer wins ("March 12, 2026" over "2026"). Durations ("for three
 * years") and "now" are not dates.
 */
export function findDates(text: string, reference: DateReference | null): DateMention[] {
  const context: RuleContext = { text, reference: reference ? parseReference(reference.date) : null };
  const found: DateMention[] = [];
  RULES.forEach((rule) => {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const result = rule.resolve(match as RegExpExecArray, context);
      if (!result) continue;
      const start = result.start ?? match.index;
      const end = result.end ?? match.index + match[0].length;
      found.push({ start, end, text: text.slice(start, end), date: result.date, stated: result.stated, approximate: result.approximate });
    }
  });
  return withoutOverlaps(found);
}

/** Longest first; among equals, the rule listed first (the more specific reading). */
function withoutOverlaps(found: DateMention[]): DateMention[] {
  const ranked = found.map((mention, order) => ({ mention, order })).sort((a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || a.order - b.order);
  const kept: DateMention[] = [];
  for (const { mention } of ranked) {
    if (kept.some((other) => mention.start < other.end && other.start < mention.end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
