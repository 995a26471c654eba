import type { DateMention } from './date-mention';
import type { Reference } from './reference';

export interface RuleContext {
  text: string;
  reference: Reference | null;
}

/** What a rule makes of one match; the span is the match's unless the rule narrows it. */
export type RuleResult = Omit<DateMention, 'start' | 'end' | 'text'> & { start?: number; end?: number };

/** One way dates are written: a pattern, and how a match of it resolves (null: not a date after all). */
export interface DateRule {
  name: string;
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: RuleContext): RuleResult | null;
}

export const STATED_ALL = { year: true, month: true, day: true, relative: false } as const;
