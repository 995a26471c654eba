import { CURRENCY_CODES, CURRENCY_NAME_PATTERN, CURRENCY_PREFIXES, currencyOfName } from './currencies';
import { scaleDecimal } from './decimal';
import { readDollar } from './dollar-currency';

/** An amount of money in a text, normalized: "US$2.8-million" is 2,800,000 USD. */
export interface MoneyMention {
  /** UTF-16 offsets of the amount with its currency and scale ("$1.5 million", "500,000 euros"). */
  start: number;
  end: number;
  text: string;
  amount: number;
  currency: string;
  /** Set when the currency was inferred (a bare "$"): what it was read as, and why. */
  currencyNote?: string;
}

const SPELLED_SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12, lakh: 5, lakhs: 5, crore: 7, crores: 7 };
const SHORT_SCALES: Record<string, number> = { k: 3, m: 6, mn: 6, mln: 6, b: 9, bn: 9, tn: 12 };
const WORD_NUMBERS: Record<string, string> = {
  'half a': '0.5', a: '1', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SPELLED = String.raw`thousand|million|billion|trillion|lakhs?|crores?`;
// "$12m", "C$3bn", "$700K": a letter right after the digits, and no letter after it.
const SHORT = String.raw`bn|mn|mln|tn|[kKmMbB]`;
const SCALE = String.raw`(?:[ -]?(?<spelled>${SPELLED})\b|(?<short>${SHORT})(?![\p{L}\d]))`;
const PREFIX = CURRENCY_PREFIXES.map(([prefix]) => escape(prefix)).join('|');
const CODE = CURRENCY_CODES.join('|');
const WORDS = Object.keys(WORD_NUMBERS).join('|');

const PATTERNS: readonly RegExp[] = [
  // "$1.5 million", "US$2.8-million", "€500,000", "Rs 45 lakh", "USD 5 million"
  new RegExp(String.raw`(?<![\p{L}\d$])(?:(?<prefix>${PREFIX})|(?<code>${CODE}) ?)\s?(?<number>${NUMBER})${SCALE}?`, 'gu'),
  // "500,000 euros", "2 million US dollars", "5 million USD"
  new RegExp(String.raw`(?<![\p{L}\d.,$])(?<number>${NUMBER})${SCALE}?\s(?:(?<name>${CURRENCY_NAME_PATTERN})|(?<code>${CODE}))\b`, 'gu'),
  // "half a million dollars", "two billion euros"
  new RegExp(String.raw`\b(?<word>${WORDS}) (?<spelled>${SPELLED}) (?<name>${CURRENCY_NAME_PATTERN})\b`, 'giu'),
];

// "$3.2 to $3.5 billion": the first amount takes the second's scale. Only a small bare
// number ends that way; "500,000 euros and €1.2 billion" are two amounts of their own.
const SHARED_SCALE_BETWEEN = /^\s?(?:to|-|–|and|or)\s?$/;
const SHARES_SCALE = /\d$/;

interface Found extends MoneyMention {
  scaled: boolean;
  digits: string;
}

function scaleOf(groups: Record<string, string | undefined>): number | null {
  if (groups.spelled) return SPELLED_SCALES[groups.spelled.toLowerCase()] ?? null;
  if (groups.short) return SHORT_SCALES[groups.short.toLowerCase()] ?? null;
  return null;
}

function currencyOf(groups: Record<string, string | undefined>): string | null {
  if (groups.prefix) return CURRENCY_PREFIXES.find(([prefix]) => prefix === groups.prefix)?.[1] ?? null;
  if (groups.code) return groups.code;
  if (groups.name) return currencyOfName(groups.name);
  return null;
}

/**
 * Every amount of money in `text`, in order, none overlapping. An amount has a currency (a
 * symbol, a code or a name) or it is not money ("5 million people"); a bare "$" is read as
 * the document's dollar.
 */
export function findMoney(text: string): MoneyMention[] {
  const found: Found[] = [];
  let dollar: ReturnType<typeof readDollar> | null = null;
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const digits = groups.number ?? WORD_NUMBERS[groups.word!.toLowerCase()]!;
      let currency = currencyOf(groups);
      if (!currency) continue;
      let currencyNote: string | undefined;
      if (currency === '$') {
        dollar ??= readDollar(text);
        currency = dollar.currency;
        currencyNote = dollar.reason;
      }
      const scale = scaleOf(groups);
      const start = match.index;
      const mention: Found = { start, end: start + match[0].length, text: match[0], amount: scaleDecimal(digits, scale ?? 0), currency, scaled: scale !== null, digits };
      if (currencyNote) mention.currencyNote = currencyNote;
      found.push(mention);
    }
  }
  return shareScales(withoutOverlaps(found), text).map(({ scaled: _scaled, digits: _digits, ...mention }) => mention);
}

/** The longest of overlapping matches (the patterns can find "500,000 euros" and "500,000 EUR" both). */
function withoutOverlaps(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const mention of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

function shareScales(mentions: Found[], text: string): Found[] {
  return mentions.map((mention, index) => {
    const next = mentions[index + 1];
    if (mention.scaled || !next?.scaled || next.currency !== mention.currency || mention.amount >= 1000 || !SHARES_SCALE.test(mention.text)) return mention;
    if (!SHARED_SCALE_BETWEEN.test(text.slice(mention.end, next.start))) return mention;
    const power = Math.round(Math.log10(next.amount / scaleDecimal(next.digits, 0)));
    return { ...mention, amount: scaleDecimal(mention.digits, power), scaled: true };
  });
}
