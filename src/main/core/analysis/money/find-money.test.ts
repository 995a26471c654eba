import { describe, expect, it } from 'vitest';
import { scaleDecimal } from './decimal';
import { readDollar } from './dollar-currency';
import { findMoney } from './find-money';

const amounts = (text: string) => findMoney(text).map(({ text: found, amount, currency }) => [found, amount, currency]);

describe('money in news copy', () => {
  it('reads amounts with symbols, codes and names, and scales spelled, hyphenated or short', () => {
    expect(amounts('The contract was worth US$95,000, later US$2.8-million.')).toEqual([
      ['US$95,000', 95000, 'USD'],
      ['US$2.8-million', 2800000, 'USD'],
    ]);
    expect(amounts('a $1.5 million deal, a C$3bn bid, £12m in fees and $700K in bonuses')).toEqual([
      ['$1.5 million', 1500000, 'USD'],
      ['C$3bn', 3000000000, 'CAD'],
      ['£12m', 12000000, 'GBP'],
      ['$700K', 700000, 'USD'],
    ]);
    expect(amounts('fines of 500,000 euros and €1.2 billion; ₦2.4 billion; Rs 45 lakh; USD 5 million; 3 million Swiss francs')).toEqual([
      ['500,000 euros', 500000, 'EUR'],
      ['€1.2 billion', 1200000000, 'EUR'],
      ['₦2.4 billion', 2400000000, 'NGN'],
      ['Rs 45 lakh', 4500000, 'INR'],
      ['USD 5 million', 5000000, 'USD'],
      ['3 million Swiss francs', 3000000, 'CHF'],
    ]);
  });

  it('reads amounts in words, per share, and both ends of a range', () => {
    expect(amounts('nearly half a million dollars, at $40 a share')).toEqual([
      ['half a million dollars', 500000, 'USD'],
      ['$40', 40, 'USD'],
    ]);
    expect(amounts('between $3.2 billion to $3.5 billion')).toEqual([
      ['$3.2 billion', 3200000000, 'USD'],
      ['$3.5 billion', 3500000000, 'USD'],
    ]);
    expect(amounts('from $3.2 to $3.5 billion')).toEqual([
      ['$3.2', 3200000000, 'USD'],
      ['$3.5 billion', 3500000000, 'USD'],
    ]);
  });

  it('is not fooled by numbers without a currency, or letters after a scale', () => {
    expect(amounts('5 million people in 2020, 12m of cable, $5 mirrors? R2-D2 and the 12 Monkeys')).toEqual([['$5', 5, 'USD']]);
    expect(amounts('a $12million budget, 40 dollars')).toEqual([
      ['$12million', 12000000, 'USD'],
      ['40 dollars', 40, 'USD'],
    ]);
  });

  it('gives offsets of the amount in the text', () => {
    const [mention] = findMoney('Worth “US$95,000”.');
    expect(mention).toMatchObject({ start: 7, end: 16, text: 'US$95,000' });
  });
});

describe('the dollar of a document', () => {
  it('is the American one, unless the text writes US$ for that and is about another dollar country', () => {
    expect(readDollar('The Pentagon paid $5 million.').currency).toBe('USD');
    expect(readDollar('The Ottawa firm, paid US$95,000 by an American client, won $2 million from the city.').currency).toBe('CAD');
    expect(readDollar('Toronto, Ontario and Alberta budgets, in Canada.').currency).toBe('CAD');
    expect(findMoney('In Ottawa, a contract worth US$95,000, and another worth $2 million.').at(-1)).toMatchObject({
      currency: 'CAD',
      currencyNote: '“$” read as CAD: the text writes US dollars as “US$” and is about Canada',
    });
  });
});

describe('scaling decimals', () => {
  it('moves the point in the digits, so there is no binary rounding', () => {
    expect(scaleDecimal('1.1', 6)).toBe(1100000);
    expect(scaleDecimal('2,400.55', 0)).toBe(2400.55);
    expect(scaleDecimal('0.5', 6)).toBe(500000);
    expect(scaleDecimal('3.14159', 3)).toBe(3141.59);
  });
});
