import { describe, expect, it } from 'vitest';
import { DEFAULT_FACT_CHECK_STATE, factCheckQuery, nextOrder, readFactCheckState } from './fact-check-state';
import { describeCheckRecord } from './check-history-lines';

describe('the view state in the route', () => {
  it('reads back what it writes, leaving defaults out', () => {
    const state = { ...DEFAULT_FACT_CHECK_STATE, statuses: ['false' as const, 'misleading' as const], query: 'okafor', rating: 3, group: 'source' as const, sort: 'status' as const, direction: 'descending' as const };
    const query = factCheckQuery(state);
    expect(query).toEqual({ status: 'false,misleading', q: 'okafor', rating: '3', group: 'source', sort: 'status', dir: 'desc' });
    expect(readFactCheckState(query)).toEqual(state);
    expect(factCheckQuery(DEFAULT_FACT_CHECK_STATE)).toEqual({});
  });

  it('leaves out what is malformed', () => {
    expect(readFactCheckState({ status: 'bogus,false', rating: '-1', group: 'colour', sort: 'x' })).toEqual({ ...DEFAULT_FACT_CHECK_STATE, statuses: ['false'] });
    expect(readFactCheckState({ rating: 'none' }).rating).toBe('none');
  });

  it('flips the direction on the same column, starts ascending on another', () => {
    expect(nextOrder(DEFAULT_FACT_CHECK_STATE, 'source')).toEqual({ sort: 'source', direction: 'descending' });
    expect(nextOrder({ ...DEFAULT_FACT_CHECK_STATE, direction: 'descending' }, 'checker')).toEqual({ sort: 'checker', direction: 'ascending' });
  });
});

describe('a claim’s history in words', () => {
  it('names each field of the check that changed', () => {
    const line = describeCheckRecord({
      at: '2026-03-12T10:00:00Z',
      actor: 'reporter',
      action: 'fact-check',
      before: { status: 'unchecked', rating: null, method: null, checker: '', checkedOn: null, notes: '' },
      after: { status: 'unchecked', rating: { id: 1, label: 'True' }, method: 'primary', checker: 'Ana', checkedOn: null, notes: '' },
    });
    expect(line.summary).toBe('Check edited');
    expect(line.changes).toEqual([
      { field: 'Rating', before: '', after: 'True' },
      { field: 'Method', before: '', after: 'Primary source' },
      { field: 'Checker', before: '', after: 'Ana' },
    ]);
  });

  it('reads status changes, a tagging and evidence', () => {
    expect(describeCheckRecord({ at: '', actor: '', action: 'status', before: { status: 'unchecked' }, after: { status: 'false' } }).changes).toEqual([{ field: 'Status', before: 'Unchecked', after: 'False' }]);
    expect(describeCheckRecord({ at: '', actor: '', action: 'create', before: null, after: { claim: { status: 'unchecked' } } }).summary).toBe('Tagged as a claim');
    expect(describeCheckRecord({ at: '', actor: '', action: 'evidence.add', before: null, after: { cited: 'https://example.com' } }).changes[0]!.after).toBe('https://example.com');
  });
});
