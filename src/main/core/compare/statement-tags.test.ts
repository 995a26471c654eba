import { describe, expect, it } from 'vitest';
import { annotationsWhere } from '../annotations/annotation-repository';
import { mergeEntities } from '../entities/entity-merge';
import { readCompareContext } from './compare-context';
import { tagStatements } from './statement-tags';
import { compareInvestigation, entity, mention, quote, tag } from './test-support';

const TEXT = 'Okafor met Halden Systems in Oslo. “Halden Systems will build the line with Vestra,” Okafor said. Vestra agreed.';

describe('tagStatements', () => {
  it('takes the entities tagged inside a quote, the events over it and their entities, never its speaker', async () => {
    const { db, sourceIds: [source] } = await compareInvestigation(TEXT);
    const okafor = entity(db, 'Dana Okafor');
    const halden = entity(db, 'Halden Systems', 'organisation');
    const vestra = entity(db, 'Vestra', 'organisation');
    const oslo = entity(db, 'Oslo', 'place');
    mention(db, source!, 'Halden Systems', halden); // before the quote: not its tag
    mention(db, source!, 'Oslo', oslo);
    mention(db, source!, 'Halden Systems', halden, 1); // inside
    mention(db, source!, 'Vestra', vestra, 1); // after the quote
    const said = quote(db, source!, 'Halden Systems will build the line with Vestra', okafor);
    const event = tag(db, source!, 'build the line with Vestra,” Okafor said', { kind: 'event', event: { what: 'Line contract', entityIds: [vestra, oslo] } });
    const { tagsOf, names } = tagStatements(db, readCompareContext(db), annotationsWhere(db, "WHERE a.kind = 'quote'"));
    expect(tagsOf.get(said)).toEqual([`entity:${halden}`, `entity:${oslo}`, `entity:${vestra}`, `event:${event}`].sort());
    expect(names.get(`event:${event}`)).toBe('Line contract');
    expect(names.get(`entity:${vestra}`)).toBe('Vestra');
  });

  it('counts a merged entity as the one it was merged into', async () => {
    const { db, sourceIds: [source] } = await compareInvestigation(TEXT);
    const halden = entity(db, 'Halden', 'organisation');
    const holding = entity(db, 'Halden Systems', 'organisation');
    mention(db, source!, 'Halden Systems', halden, 1);
    const said = quote(db, source!, 'Halden Systems will build the line with Vestra', null);
    mergeEntities(db, halden, holding);
    const { tagsOf } = tagStatements(db, readCompareContext(db), annotationsWhere(db, "WHERE a.kind = 'quote'"));
    expect(tagsOf.get(said)).toEqual([`entity:${holding}`]);
  });
});
