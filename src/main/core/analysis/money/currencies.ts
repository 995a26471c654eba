/**
 * How news copy writes currencies: symbols and prefixes before the number, ISO codes either
 * side, and names after it. Each maps to an ISO 4217 code; the bare dollar sign is decided
 * per document (see dollar-currency.ts).
 */

/** Prefixes, longest first so "US$" wins over "$". `$` stands for the document's dollar. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['U.S. $', 'USD'],
  ['U.S.$', 'USD'],
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['CAD$', 'CAD'],
  ['CA$', 'CAD'],
  ['Can$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['Mex$', 'MXN'],
  ['$', '$'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₦', 'NGN'],
  ['₹', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
  ['KSh', 'KES'],
  ['GH₵', 'GHS'],
  ['CHF', 'CHF'],
];

/** ISO codes written beside an amount ("USD 5 million", "5 million euros" is a name, below). */
export const CURRENCY_CODES = [
  'USD', 'CAD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'NGN', 'AUD', 'NZD', 'CHF', 'ZAR', 'KES', 'GHS', 'MXN', 'BRL', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK',
] as const;

/** Names after an amount, singular and plural, with the qualifiers that pick a dollar. */
export const CURRENCY_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:U\.S\.|US|American) dollars?$/i, 'USD'],
  [/^Canadian dollars?$/i, 'CAD'],
  [/^Australian dollars?$/i, 'AUD'],
  [/^New Zealand dollars?$/i, 'NZD'],
  [/^Hong Kong dollars?$/i, 'HKD'],
  [/^Singapore dollars?$/i, 'SGD'],
  [/^dollars?$/i, '$'],
  [/^euros?$/i, 'EUR'],
  [/^(?:pounds?(?: sterling)?|sterling)$/i, 'GBP'],
  [/^yen$/i, 'JPY'],
  [/^(?:yuan|renminbi)$/i, 'CNY'],
  [/^naira$/i, 'NGN'],
  [/^rupees?$/i, 'INR'],
  [/^Swiss francs?$/i, 'CHF'],
  [/^pesos?$/i, 'MXN'],
  [/^rand$/i, 'ZAR'],
  [/^(?:Kenyan )?shillings?$/i, 'KES'],
  [/^cedis?$/i, 'GHS'],
  [/^reais$/i, 'BRL'],
];

/** The words the names above are made of, for the pattern that finds them. */
export const CURRENCY_NAME_PATTERN =
  '(?:(?:U\\.S\\.|US|American|Canadian|Australian|New Zealand|Hong Kong|Singapore) dollars?|dollars?|euros?|pounds? sterling|pounds?|sterling|yen|yuan|renminbi|naira|rupees?|Swiss francs?|pesos?|rand|(?:Kenyan )?shillings?|cedis?|reais)';

export function currencyOfName(name: string): string | null {
  return CURRENCY_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
