/** A date a text states, resolved to a calendar value with no more precision than it has. */
export type ResolvedDate =
  | { precision: 'day'; value: string }
  | { precision: 'month'; value: string }
  | { precision: 'year'; value: string }
  | { precision: 'range'; start: string; end: string };

/** Which parts of the date the words give, and which had to come from the reference date. */
export interface StatedParts {
  year: boolean;
  month: boolean;
  day: boolean;
  /** "Wednesday", "last week", "two years ago": the value is counted from the reference. */
  relative: boolean;
}

export interface DateMention {
  /** UTF-16 offsets of the words that state the date ("March 12, 2026", "last week", "2023"). */
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
  stated: StatedParts;
  /** "early 2021", "about 2019", "the mid-1990s". */
  approximate: boolean;
}

/** What relative dates are counted from: the source's publication date, else its import date. */
export interface DateReference {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  basis: 'published' | 'imported';
}
