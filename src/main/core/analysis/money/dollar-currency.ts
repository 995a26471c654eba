/** Which dollar a bare "$" means in one document, and why, for the reporter to check. */
export interface DollarReading {
  currency: string;
  reason: string;
}

const LOCAL_DOLLARS: ReadonlyArray<{ currency: string; country: string; cues: RegExp }> = [
  {
    currency: 'CAD',
    country: 'Canada',
    cues: /\b(?:Canada|Canadians?|Ottawa|Toronto|Montr[eé]al|Vancouver|Calgary|Edmonton|Halifax|Winnipeg|Qu[eé]bec|Ontario|Alberta|British Columbia|Nova Scotia|Manitoba|Saskatchewan|New Brunswick|Newfoundland)\b/g,
  },
  { currency: 'AUD', country: 'Australia', cues: /\b(?:Australian?s?|Sydney|Melbourne|Canberra|Brisbane|Adelaide|Queensland|New South Wales)\b/g },
  { currency: 'NZD', country: 'New Zealand', cues: /\b(?:New Zealand(?:ers?)?|Wellington|Auckland|Christchurch)\b/g },
  { currency: 'HKD', country: 'Hong Kong', cues: /\bHong Kong\b/g },
  { currency: 'SGD', country: 'Singapore', cues: /\bSingapore(?:ans?)?\b/g },
];

const US_CUES = /\b(?:U\.S\.|United States|Americans?|Washington|New York|California|Texas|Congress|Senate)\b/g;
const EXPLICIT_US_DOLLAR = /(?:US|U\.S\.) ?\$|\bUSD\b|\bU\.?S\.? dollars?\b/;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Newspapers write their own country's dollar as "$" and the American one as "US$" (The Globe
 * and Mail, the Sydney Morning Herald, the South China Morning Post). So a bare "$" is US
 * dollars unless the text is about another dollar country, clearly: it writes "US$" for US
 * dollars, or names that country more often (and at least three times) than the United States.
 */
export function readDollar(text: string): DollarReading {
  const us = count(text, US_CUES);
  const explicitUs = EXPLICIT_US_DOLLAR.test(text);
  let best: { currency: string; country: string; cues: number } | null = null;
  for (const local of LOCAL_DOLLARS) {
    const cues = count(text, local.cues);
    if (cues > 0 && (!best || cues > best.cues)) best = { currency: local.currency, country: local.country, cues };
  }
  if (best && explicitUs) return { currency: best.currency, reason: `“$” read as ${best.currency}: the text writes US dollars as “US$” and is about ${best.country}` };
  if (best && best.cues >= 3 && best.cues > us) return { currency: best.currency, reason: `“$” read as ${best.currency}: the text is about ${best.country}` };
  return { currency: 'USD', reason: '“$” read as US dollars' };
}
