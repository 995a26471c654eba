import { describe, expect, it } from 'vitest';
import { createAnnotation, getAnnotation } from '../annotations/annotation-repository';
import { auditHistory } from '../audit/audit-log';
import { lookUpEntity } from './entity-lookup';
import { createEntity, getEntity, listEntities, updateEntity } from './entity-repository';
import { mergeEntities, undoMerge } from './entity-merge';
import { investigationWith, spanOf } from './test-support';
import { findUnlinkedMentions, linkMentions } from './unlinked-mentions';

const ARTICLE = '🛂 Dana Okafor wrote to staff. Ms. Okafor’s letter named HALDEN Systems twice: halden systems, and Haldén Systems. Okaforville is a town.';

describe('the entity registry', () => {
  it('creates and edits entities with aliases, logging before and after', async () => {
    const { db } = await investigationWith(ARTICLE);
    const dana = createEntity(db, { name: 'Dana Okafor', type: 'person', aliases: ['Okafor', 'Ms. Okafor'] });
    expect(dana).toMatchObject({ name: 'Dana Okafor', aliases: ['Ms. Okafor', 'Okafor'], mentionCount: 0 });
    const renamed = updateEntity(db, dana.id, { name: 'Adaeze Okafor', aliases: ['Okafor'] });
    expect(renamed).toMatchObject({ name: 'Adaeze Okafor', aliases: ['Okafor'] });
    expect(auditHistory(db, 'entity', dana.id).map((entry) => entry.action)).toEqual(['create', 'update']);
    expect(auditHistory(db, 'entity', dana.id)[1]).toMatchObject({ before: { name: 'Dana Okafor' }, after: { name: 'Adaeze Okafor' } });
  });
});

describe('merging entities', () => {
  it('moves mentions, quotes and aliases, and its undo puts back exactly what moved', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const dana = createEntity(db, { name: 'Dana Okafor', type: 'person' });
    const okafor = createEntity(db, { name: 'Ms. Okafor', type: 'person', aliases: ['Okafor'] });
    const mention = createAnnotation(db, { sourceId, kind: 'mention', span: spanOf(db, sourceId, 'Ms. Okafor'), entityId: okafor.id });
    const quote = createAnnotation(db, {
      sourceId,
      kind: 'quote',
      span: spanOf(db, sourceId, 'wrote to staff'),
      quote: { speakerId: okafor.id },
    });
    const own = createAnnotation(db, { sourceId, kind: 'mention', span: spanOf(db, sourceId, 'Dana Okafor'), entityId: dana.id });

    const { mergeId, entity } = mergeEntities(db, okafor.id, dana.id);
    expect(entity).toMatchObject({ name: 'Dana Okafor', aliases: ['Ms. Okafor', 'Okafor'], mentionCount: 3 });
    expect(getAnnotation(db, mention.id)!.entityId).toBe(dana.id);
    expect(getAnnotation(db, quote.id)!.quote!.speakerId).toBe(dana.id);
    expect(listEntities(db).map((e) => e.name)).toEqual(['Dana Okafor']);

    undoMerge(db, mergeId);
    expect(getAnnotation(db, mention.id)!.entityId).toBe(okafor.id);
    expect(getAnnotation(db, quote.id)!.quote!.speakerId).toBe(okafor.id);
    expect(getAnnotation(db, own.id)!.entityId).toBe(dana.id);
    expect(getEntity(db, dana.id)!.aliases).toEqual([]);
    expect(listEntities(db).map((e) => e.name)).toEqual(['Dana Okafor', 'Ms. Okafor']);
    expect(auditHistory(db, 'entity', dana.id).map((entry) => entry.action)).toEqual(['create', 'merge', 'undo-merge']);
    expect(() => undoMerge(db, mergeId)).toThrow(/already been undone/);
  });

  it('writes the speaker a merge and its undo change into each quote’s and claim’s own history', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const dana = createEntity(db, { name: 'Dana Okafor', type: 'person' });
    const okafor = createEntity(db, { name: 'Ms. Okafor', type: 'person' });
    const quote = createAnnotation(db, { sourceId, kind: 'quote', span: spanOf(db, sourceId, 'wrote to staff'), quote: { speakerId: okafor.id } });
    const claim = createAnnotation(db, { sourceId, kind: 'claim', span: spanOf(db, sourceId, 'Ms. Okafor'), claim: { speakerId: okafor.id } });

    const { mergeId } = mergeEntities(db, okafor.id, dana.id);
    undoMerge(db, mergeId);
    const claimHistory = auditHistory(db, 'claim', claim.id);
    expect(claimHistory.map((entry) => entry.action)).toEqual(['create', 'speaker-merged', 'speaker-unmerged']);
    expect(claimHistory[1]).toMatchObject({ before: { claim: { speakerId: okafor.id } }, after: { claim: { speakerId: dana.id } } });
    expect(auditHistory(db, 'annotation', quote.id).map((entry) => entry.action)).toEqual(['create', 'speaker-merged', 'speaker-unmerged']);
  });

  it('refuses to merge an entity into itself or one already merged', async () => {
    const { db } = await investigationWith(ARTICLE);
    const a = createEntity(db, { name: 'A', type: 'person' });
    const b = createEntity(db, { name: 'B', type: 'person' });
    expect(() => mergeEntities(db, a.id, a.id)).toThrow(/into itself/);
    mergeEntities(db, a.id, b.id);
    expect(() => mergeEntities(db, a.id, b.id)).toThrow(/already been merged/);
  });
});

describe('unlinked mentions', () => {
  it('finds whole-word matches of name and aliases, ignoring case, accents and possessives', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE, 'Nothing about them here.');
    const [sourceId] = sourceIds as [number];
    const halden = createEntity(db, { name: 'Halden Systems', type: 'organisation' });
    const found = findUnlinkedMentions(db, halden.id);
    expect(found.map((mention) => mention.exact)).toEqual(['HALDEN Systems', 'halden systems', 'Haldén Systems']);
    expect(found[0]).toMatchObject({ sourceId, sourceTitle: 'Source 1', before: expect.stringContaining('letter named ') });

    const okafor = createEntity(db, { name: 'Okafor', type: 'person' });
    // "Okafor’s" counts; "Okaforville" does not; the emoji before them does not shift offsets.
    expect(findUnlinkedMentions(db, okafor.id).map((mention) => mention.exact)).toEqual(['Okafor', 'Okafor']);
  });

  it('links the chosen ones in one step and does not offer them again', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const halden = createEntity(db, { name: 'Halden Systems', type: 'organisation' });
    const found = findUnlinkedMentions(db, halden.id);
    expect(linkMentions(db, halden.id, found.slice(0, 2))).toEqual({ created: 2 });
    expect(findUnlinkedMentions(db, halden.id).map((mention) => mention.exact)).toEqual(['Haldén Systems']);
    expect(getEntity(db, halden.id)!.mentionCount).toBe(2);
    const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(sourceIds[0]) as string;
    const mention = db.prepare("SELECT start, end, exact FROM annotation WHERE kind = 'mention' ORDER BY start").get() as { start: number; end: number; exact: string };
    expect([...text].slice(mention.start, mention.end).join('')).toBe(mention.exact);
  });
});

describe('editing an entity', () => {
  it('changes only the fields named', async () => {
    const { db } = await investigationWith(ARTICLE);
    const dana = createEntity(db, { name: 'Dana Okafor', type: 'person', aliases: ['Okafor'], description: 'Chief executive' });
    expect(updateEntity(db, dana.id, { type: 'other' })).toMatchObject({ type: 'other', aliases: ['Okafor'], description: 'Chief executive' });
  });
});

describe('issue 4: unlinked mentions inside a span tagged as another entity', () => {
  it('does not offer “Halden” where “Halden Systems” is tagged as the organisation', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const company = createEntity(db, { name: 'Halden Systems', type: 'organisation' });
    createAnnotation(db, { sourceId, kind: 'mention', span: spanOf(db, sourceId, 'HALDEN Systems'), entityId: company.id });
    const town = createEntity(db, { name: 'Halden', type: 'place' });
    // The tagged "HALDEN Systems" is the company's; the two untagged spellings are still offered.
    expect(findUnlinkedMentions(db, town.id).map((mention) => mention.exact)).toEqual(['halden', 'Haldén']);
    // A comment over the same words is no entity: it does not hide them.
    createAnnotation(db, { sourceId, kind: 'comment', span: spanOf(db, sourceId, 'halden systems'), note: 'Which one?' });
    expect(findUnlinkedMentions(db, town.id).map((mention) => mention.exact)).toEqual(['halden', 'Haldén']);
  });
});

describe('an entity merged into another', () => {
  it('is found by id with where it went, followed through later merges, and refuses edits', async () => {
    const { db } = await investigationWith(ARTICLE);
    const halden = createEntity(db, { name: 'Halden', type: 'organisation' });
    const systems = createEntity(db, { name: 'Halden Systems', type: 'organisation' });
    const group = createEntity(db, { name: 'Halden Group', type: 'organisation' });
    expect(lookUpEntity(db, halden.id)).toMatchObject({ entity: { name: 'Halden' }, mergedInto: null });

    mergeEntities(db, halden.id, systems.id);
    expect(lookUpEntity(db, halden.id)).toMatchObject({ entity: { name: 'Halden' }, mergedInto: { id: systems.id, name: 'Halden Systems' } });
    mergeEntities(db, systems.id, group.id);
    expect(lookUpEntity(db, halden.id).mergedInto).toMatchObject({ id: group.id, name: 'Halden Group' });
    expect(listEntities(db).map((entity) => entity.name)).toEqual(['Halden Group']);

    expect(() => updateEntity(db, halden.id, { description: 'The company' })).toThrow('“Halden” was merged into “Halden Systems”; edit “Halden Systems” instead.');
    expect(() => lookUpEntity(db, 999)).toThrow(/Entity #999 is not in this investigation/);
  });
});
