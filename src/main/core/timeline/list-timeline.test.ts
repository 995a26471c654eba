import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/annotation-repository';
import { createEntity } from '../entities/entity-repository';
import { mergeEntities } from '../entities/entity-merge';
import { investigationWith, spanOf } from '../entities/test-support';
import { compareItems, listTimeline, sortItems } from './list-timeline';
import { timelineDate } from './timeline-dates';
import { addEntry } from './timeline-entries';

const LEDGER = 'Halden Systems lost its FBIA contract on Wednesday. “We will appeal,” Dana Okafor said on radio. Halden says the deal was worth US$95 million. The deal ran from 2018 to 2021.';
const WIRE = 'FBIA cancelled the contract with Halden Systems. The agency first met Halden in September 2020.';

/** The story of the Halden contract, told by two sources, with items at every precision. */
async function story() {
  const { db, sourceIds } = await investigationWith(LEDGER, WIRE);
  const [ledger, wire] = sourceIds as [number, number];
  db.prepare("UPDATE source SET title = 'Contract cancelled', outlet = 'The Ledger', published_date = '2026-03-12' WHERE id = ?").run(ledger);
  db.prepare("UPDATE source SET title = 'FBIA drops Halden', outlet = 'Wire', published_date = '2026-03' WHERE id = ?").run(wire);
  const halden = createEntity(db, { name: 'Halden Systems', type: 'organisation' }).id;
  const fbia = createEntity(db, { name: 'FBIA', type: 'organisation' }).id;
  const okafor = createEntity(db, { name: 'Dana Okafor', type: 'person' }).id;
  const tag = (sourceId: number, exact: string, fields: Parameters<typeof createAnnotation>[1]) =>
    createAnnotation(db, { ...fields, sourceId, span: spanOf(db, sourceId, exact) }).id;
  const ids = {
    cancelled: tag(ledger, 'Halden Systems lost its FBIA contract on Wednesday', {
      sourceId: ledger, kind: 'event', span: spanOf(db, ledger, 'Halden'),
      event: { what: 'Contract cancelled', startsOn: '2026-03-11', entityIds: [halden, fbia] },
    }),
    appeal: tag(ledger, '“We will appeal,”', {
      sourceId: ledger, kind: 'quote', span: spanOf(db, ledger, 'Halden'), quote: { speakerId: okafor, saidOn: '2026-03-12', channel: 'radio' },
    }),
    worth: tag(ledger, 'the deal was worth US$95 million', {
      sourceId: ledger, kind: 'claim', span: spanOf(db, ledger, 'Halden'), claim: { speakerId: halden, status: 'in-progress', claimedOn: '2026-03' },
    }),
    ran: tag(ledger, 'The deal ran from 2018 to 2021', {
      sourceId: ledger, kind: 'event', span: spanOf(db, ledger, 'Halden'), event: { startsOn: '2018', endsOn: '2021', entityIds: [halden, fbia] },
    }),
    wireCancelled: tag(wire, 'FBIA cancelled the contract with Halden Systems', {
      sourceId: wire, kind: 'event', span: spanOf(db, wire, 'FBIA'), event: { what: 'FBIA cancels contract', startsOn: '2026-03-12', entityIds: [fbia, halden] },
    }),
    met: tag(wire, 'The agency first met Halden in September 2020', {
      sourceId: wire, kind: 'event', span: spanOf(db, wire, 'FBIA'), event: { what: 'First meeting', startsOn: '2020-09', approximate: true, entityIds: [halden] },
    }),
    undated: tag(wire, 'FBIA', { sourceId: wire, kind: 'event', span: spanOf(db, wire, 'FBIA'), event: { what: 'No date', entityIds: [fbia] } }),
  };
  const entry = addEntry(db, { what: 'Okafor joins Halden', startsOn: '2019', endsOn: null, approximate: false, entityIds: [okafor, halden], note: 'From her CV.' });
  return { db, ledger, wire, halden, fbia, okafor, ids, entry };
}

const headlines = (db: Database.Database, filters: Parameters<typeof listTimeline>[1]) => listTimeline(db, filters).items.map((item) => item.headline);

describe('the timeline', () => {
  it('lists events, dated quotes and claims, and entries in time order, each with its date drawn whole', async () => {
    const { db, ledger, okafor, halden, fbia, ids, entry } = await story();
    const { items } = listTimeline(db, {});
    expect(items.map((item) => [item.id, item.kind, item.date.label])).toEqual([
      [`annotation:${ids.ran}`, 'event', '2018–2021'],
      [`entry:${entry.id}`, 'entry', '2019'],
      [`annotation:${ids.met}`, 'event', 'c. September 2020'],
      // A month starts on its first day, before the days of it that are named.
      [`annotation:${ids.worth}`, 'claim', 'March 2026'],
      [`annotation:${ids.cancelled}`, 'event', '11 March 2026'],
      [`annotation:${ids.wireCancelled}`, 'event', '12 March 2026'],
      [`annotation:${ids.appeal}`, 'quote', '12 March 2026'],
    ]);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(`annotation:${ids.ran}`)).toMatchObject({
      headline: 'The deal ran from 2018 to 2021',
      date: { start: '2018-01-01', end: '2021-12-31', precision: 'range' },
      entityIds: [halden, fbia],
      sourceId: ledger,
      sourceTitle: 'Contract cancelled',
      annotationId: ids.ran,
      entryId: null,
    });
    expect(byId.get(`annotation:${ids.cancelled}`)?.text).toBe('“Halden Systems lost its FBIA contract on Wednesday”');
    expect(byId.get(`annotation:${ids.appeal}`)).toMatchObject({ headline: '“We will appeal,”', text: 'Dana Okafor, radio', entityIds: [okafor] });
    expect(byId.get(`annotation:${ids.worth}`)).toMatchObject({ headline: 'the deal was worth US$95 million', text: 'Claimed by Halden Systems. Status: In progress.', entityIds: [halden] });
    expect(byId.get(`entry:${entry.id}`)).toMatchObject({ headline: 'Okafor joins Halden', text: 'From her CV.', sourceId: null, entryId: entry.id, entityIds: [halden, okafor] });
  });

  it('adds each source’s publication only when asked', async () => {
    const { db, wire } = await story();
    const withPublications = listTimeline(db, { includePublications: true, kinds: ['publication'] }).items;
    expect(withPublications.map((item) => [item.id, item.headline, item.date.label, item.text])).toEqual([
      [`source:${wire}`, 'FBIA drops Halden', 'March 2026', 'Published in Wire.'],
      ['source:1', 'Contract cancelled', '12 March 2026', 'Published in The Ledger.'],
    ]);
    expect(listTimeline(db, { kinds: ['publication'] }).items).toEqual([]);
  });

  it('filters by entity (any of), kind, source, dates overlapping and words, ignoring case and accents', async () => {
    const { db, wire, okafor, fbia } = await story();
    expect(headlines(db, { entityIds: [okafor] })).toEqual(['Okafor joins Halden', '“We will appeal,”']);
    expect(headlines(db, { entityIds: [okafor, fbia] })).toHaveLength(5);
    expect(headlines(db, { kinds: ['quote', 'claim'] })).toEqual(['the deal was worth US$95 million', '“We will appeal,”']);
    expect(headlines(db, { sourceIds: [wire] })).toEqual(['First meeting', 'FBIA cancels contract']);
    // The range 2018–2021 overlaps 2020; the month of the claim overlaps 12 March.
    expect(headlines(db, { from: '2020-01-01', to: '2020-12-31' })).toEqual(['The deal ran from 2018 to 2021', 'First meeting']);
    expect(headlines(db, { from: '2026-03-12', to: null })).toEqual(['the deal was worth US$95 million', 'FBIA cancels contract', '“We will appeal,”']);
    expect(headlines(db, { query: 'RADIO' })).toEqual(['“We will appeal,”']);
    expect(headlines(db, { query: 'okafor cv' })).toEqual(['Okafor joins Halden']);
    expect(headlines(db, { query: 'the ledger' })).toEqual([]);
    expect(headlines(db, { query: 'contract cancelled' })).toEqual([
      // The Ledger's items by its title, "Contract cancelled"; the Wire's by their words.
      'The deal ran from 2018 to 2021', 'the deal was worth US$95 million', 'Contract cancelled', 'FBIA cancels contract', '“We will appeal,”',
    ]);
  });

  it('matches a query without its accents, and an entity by its name', async () => {
    const { db, halden } = await story();
    addEntry(db, { what: 'Réunion à Genève', startsOn: '2026-01-05', endsOn: null, approximate: false, entityIds: [halden], note: '' });
    expect(headlines(db, { query: 'reunion GENEVE' })).toEqual(['Réunion à Genève']);
    expect(headlines(db, { query: 'halden systems', kinds: ['quote', 'claim'] })).toEqual(['the deal was worth US$95 million']);
  });

  it('shows the two dates of the cancellation as a conflict', async () => {
    const { db, ids } = await story();
    expect(listTimeline(db, {}).conflicts).toEqual([
      {
        itemIds: [`annotation:${ids.cancelled}`, `annotation:${ids.wireCancelled}`],
        reason: 'Two events about Halden Systems and FBIA, dated a day apart: 11 March 2026 (The Ledger) and 12 March 2026 (Wire).',
        linked: false,
      },
    ]);
    // Conflicts are among the items shown: with one side filtered out, none is left.
    expect(listTimeline(db, { sourceIds: [1] }).conflicts).toEqual([]);
  });

  it('reads an entity merged into another as that other', async () => {
    const { db, okafor } = await story();
    const dana = createEntity(db, { name: 'D. Okafor', type: 'person' }).id;
    addEntry(db, { what: 'Okafor resigns', startsOn: '2026-04-01', endsOn: null, approximate: false, entityIds: [dana], note: '' });
    mergeEntities(db, dana, okafor);
    const resigned = listTimeline(db, { entityIds: [okafor] }).items.find((item) => item.headline === 'Okafor resigns');
    expect(resigned?.entityIds).toEqual([okafor]);
    expect(headlines(db, { entityIds: [dana] })).toContain('Okafor resigns');
  });
});

describe('sortItems', () => {
  it('orders exactly as compareItems does, for every precision, kind and id', () => {
    const precisions: Array<[string, string | null]> = [['2020', null], ['2020-09', null], ['2020-09-01', null], ['2020-09-01', '2020-09-30'], ['2019', '2021'], ['2020-09', '2020-10']];
    const kinds = ['event', 'quote', 'claim', 'publication', 'entry'] as const;
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647);
    const items = Array.from({ length: 400 }, (_, index) => {
      const [startsOn, endsOn] = precisions[next() % precisions.length]!;
      const id = 1 + (next() % 2000);
      return { id: `${kinds[next() % kinds.length]}:${id}`, kind: kinds[next() % kinds.length]!, headline: '', text: '', date: timelineDate(startsOn, endsOn, false), entityIds: [], sourceId: null, sourceTitle: null, annotationId: null, entryId: null };
    });
    expect(sortItems([...items]).map((item) => item.id)).toEqual([...items].sort(compareItems).map((item) => item.id));
  });
});
