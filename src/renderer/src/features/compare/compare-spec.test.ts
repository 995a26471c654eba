import { describe, expect, it } from 'vitest';
import { changeKind, compareQuery, draftProblem, EMPTY_DRAFT, emptyColumn, readCompareRoute, type ComparisonDraft } from './compare-spec';

describe('the compare route', () => {
  it('reads a plain #/compare as two empty speaker columns', () => {
    expect(readCompareRoute([], undefined)).toEqual({ savedId: null, draft: EMPTY_DRAFT });
    expect(compareQuery(EMPTY_DRAFT)).toEqual({});
  });

  it('round-trips every kind of column, the claims toggle and pins', () => {
    const draft: ComparisonDraft = {
      columns: [
        { kind: 'speaker', label: '', speakerId: 3 },
        { kind: 'speakers', label: '', speakerIds: [4, 9] },
        { kind: 'source', label: '', sourceId: 7 },
        { kind: 'speaker-in-dates', label: '', speakerId: 3, from: '2020-03', to: null },
      ],
      includeClaims: true,
      pins: [{ cells: [12, null, 14, null] }, { cells: [null, 20, null, null] }],
    };
    const query = compareQuery(draft);
    expect(query).toEqual({ cols: 'speaker.3,speakers.4.9,source.7,dates.3.2020-03.', claims: '1', pins: '12._.14._,_.20._._' });
    expect(readCompareRoute([], query)).toEqual({ savedId: null, draft });
  });

  it('names a saved comparison by id, and leaves out what is malformed', () => {
    expect(readCompareRoute(['12'], undefined).savedId).toBe(12);
    expect(readCompareRoute(['x'], undefined).savedId).toBeNull();
    const read = readCompareRoute([], { cols: 'speaker.abc,bogus.1,dates.2.2020-13.2021', pins: '1.2.3,_._' });
    expect(read.draft.columns).toEqual([emptyColumn(), { kind: 'speaker-in-dates', label: '', speakerId: 2, from: null, to: '2021' }]);
    // A pin for three columns cannot be one of two; an empty pin holds nothing.
    expect(read.draft.pins).toEqual([]);
  });

  it('writes a query that URLSearchParams leaves readable', () => {
    const query = compareQuery({ columns: [{ kind: 'speakers', label: '', speakerIds: [1, 2] }, { kind: 'speaker-in-dates', label: '', speakerId: 3, from: '2020', to: '2021-06' }], includeClaims: false, pins: [{ cells: [1, null] }] });
    expect(new URLSearchParams(query).toString()).toBe('cols=speakers.1.2%2Cdates.3.2020.2021-06&pins=1._');
  });

  it('keeps at most four columns', () => {
    expect(readCompareRoute([], { cols: 'speaker.1,speaker.2,speaker.3,speaker.4,speaker.5' }).draft.columns).toHaveLength(4);
  });
});

describe('what a column still needs', () => {
  it('says which column lacks its speaker or source', () => {
    expect(draftProblem(EMPTY_DRAFT)).toBe('Choose a speaker for column 1.');
    expect(draftProblem({ ...EMPTY_DRAFT, columns: [{ kind: 'speaker', label: '', speakerId: 1 }, emptyColumn('source')] })).toBe('Choose a source for column 2.');
    expect(draftProblem({ ...EMPTY_DRAFT, columns: [{ kind: 'speaker', label: '', speakerId: 1 }, emptyColumn('speakers')] })).toBe('Add at least one speaker to column 2.');
  });

  it('refuses dates that run backwards, but a year and a month of it are in order', () => {
    const range = (from: string, to: string) => ({ ...EMPTY_DRAFT, columns: [{ kind: 'speaker', label: '', speakerId: 1 } as const, { kind: 'speaker-in-dates', label: '', speakerId: 2, from, to } as const] });
    expect(draftProblem(range('2021', '2020-12'))).toMatch(/run backwards/);
    expect(draftProblem(range('2020-03', '2020'))).toBeNull();
    expect(draftProblem(range('2020', '2020-03'))).toBeNull();
  });

  it('keeps the speaker when a column changes kind', () => {
    expect(changeKind({ kind: 'speaker', label: '', speakerId: 5 }, 'speakers')).toEqual({ kind: 'speakers', label: '', speakerIds: [5] });
    expect(changeKind({ kind: 'speakers', label: '', speakerIds: [6, 7] }, 'speaker-in-dates')).toEqual({ kind: 'speaker-in-dates', label: '', speakerId: 6, from: null, to: null });
    expect(changeKind({ kind: 'speaker', label: '', speakerId: 5 }, 'source')).toEqual({ kind: 'source', label: '', sourceId: null });
  });
});
