import { describe, expect, it } from 'vitest';
import { changesFor, type DetailDraft } from './entity-field-values';

const draft = (fields: Partial<DetailDraft>): DetailDraft => ({ name: 'Halden', description: '', date: '', amount: '', currency: '', ...fields });

describe('changesFor', () => {
  it('refuses an empty name and trims a given one', () => {
    expect(changesFor('name', draft({ name: '  ' }))).toEqual({ problem: 'An entity needs a name.' });
    expect(changesFor('name', draft({ name: ' Halden Systems ' }))).toEqual({ changes: { name: 'Halden Systems' } });
  });

  it('takes a date to the precision written, and clears it when emptied', () => {
    expect(changesFor('date', draft({ date: '2020-09' }))).toEqual({ changes: { date: '2020-09' } });
    expect(changesFor('date', draft({ date: '' }))).toEqual({ changes: { date: null } });
    expect(changesFor('date', draft({ date: 'Sept 2020' }))).toHaveProperty('problem');
  });

  it('reads an amount with thousands separators and a lower-case currency', () => {
    expect(changesFor('amount', draft({ amount: '2,800,000', currency: 'usd' }))).toEqual({ changes: { money: { amount: 2800000, currency: 'USD' } } });
    expect(changesFor('currency', draft({ amount: '', currency: '' }))).toEqual({ changes: { money: null } });
  });

  it('says what is missing from an amount', () => {
    expect(changesFor('amount', draft({ amount: '12', currency: '' }))).toEqual({ problem: 'Add the currency as three letters, such as USD or EUR.' });
    expect(changesFor('currency', draft({ amount: 'twelve', currency: 'EUR' }))).toEqual({ problem: 'Write the amount as a number, such as 2800000.' });
  });
});
