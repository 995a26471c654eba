import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/domain/annotation';
import { appearancesOf, describeMerge, groupBySource, tallyAppearances } from './entity-appearances';

let nextId = 1;
function annotation(fields: Partial<Annotation>): Annotation {
  const span = { start: 0, end: 4, exact: 'text', prefix: '', suffix: '' };
  return {
    id: nextId++,
    sourceId: 1,
    kind: 'mention',
    span,
    anchor: { state: 'exact', start: 0, end: 4 },
    entityId: null,
    note: '',
    quote: null,
    claim: null,
    event: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

const quote = { speakerId: 7, saidOn: null, channel: '', addressedTo: '', direct: true };
const claim = { speakerId: 7, status: 'false' as const, claimedOn: null };
const event = { what: 'Layoffs', startsOn: null, endsOn: null, approximate: false, entityIds: [3, 7] };

describe('appearancesOf', () => {
  it('finds the entity in each role and ignores other entities', () => {
    const all = [
      annotation({ entityId: 7 }),
      annotation({ entityId: 8 }),
      annotation({ kind: 'quote', quote }),
      annotation({ kind: 'quote', quote: { ...quote, speakerId: 8 } }),
      annotation({ kind: 'claim', claim }),
      annotation({ kind: 'event', event }),
      annotation({ kind: 'event', event: { ...event, entityIds: [3] } }),
      annotation({ kind: 'comment' }),
    ];
    const found = appearancesOf(7, all);
    expect(found.mentions.map((a) => a.id)).toEqual([all[0]!.id]);
    expect(found.quotes.map((a) => a.id)).toEqual([all[2]!.id]);
    expect(found.claims.map((a) => a.id)).toEqual([all[4]!.id]);
    expect(found.events.map((a) => a.id)).toEqual([all[5]!.id]);
  });
});

describe('groupBySource', () => {
  it('puts consecutive annotations of a source under its title', () => {
    const all = [annotation({ sourceId: 1 }), annotation({ sourceId: 1 }), annotation({ sourceId: 2 })];
    const groups = groupBySource(all, (id) => `Source ${id}`);
    expect(groups.map((g) => [g.title, g.annotations.length])).toEqual([
      ['Source 1', 2],
      ['Source 2', 1],
    ]);
  });
});

describe('describeMerge', () => {
  const none = { mentions: [], quotes: [], claims: [], events: [] };

  it('counts what moves, in words', () => {
    const moves = { ...none, mentions: [annotation({}), annotation({})], quotes: [annotation({})], events: [annotation({})] };
    expect(describeMerge({ name: 'Halden', aliases: [] }, { name: 'Halden Systems', aliases: [] }, moves).moves).toBe(
      '2 mentions, 1 quote said and 1 event move to “Halden Systems”.',
    );
  });

  it('says when nothing is tagged, and lists only names the other does not know', () => {
    const summary = describeMerge({ name: 'Halden', aliases: ['HSL', 'halden systems'] }, { name: 'Halden Systems', aliases: ['hsl'] }, none);
    expect(summary.moves).toBe('Nothing is tagged as “Halden” yet.');
    expect(summary.aliases).toEqual(['Halden']);
  });
});

describe('tallyAppearances', () => {
  it('always counts mentions, and the other roles only where there are some', () => {
    const none = { mentions: [], quotes: [], claims: [], events: [] };
    expect(tallyAppearances(none)).toBe('0 mentions');
    expect(tallyAppearances({ ...none, mentions: [annotation({})], claims: [annotation({}), annotation({})] })).toBe('1 mention · 2 claims');
  });
});
