/** The words dates are written with in English news copy, as pattern pieces and lookups. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBREVIATIONS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A month name, capitalized as names are ("may" is a verb); an abbreviation only with its
 * full stop or right before a day number, since "Jan" and "Mar" are also names and words.
 */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?= \d)))`;
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** A day of the month: "3", "03", "3rd", "21st". */
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
/** A year as news writes one: 1800–2099. */
export const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;

export function monthNumber(name: string): number {
  const full = MONTHS.indexOf(name);
  if (full >= 0) return full + 1;
  return ABBREVIATIONS[name.replace(/\.$/, '')] ?? 0;
}

export function dayNumber(text: string): number {
  return Number.parseInt(text, 10);
}

export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.replace(/s$/, ''));
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
export const COUNT = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

export function countNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (COUNTS[text.toLowerCase()] ?? 0);
}
