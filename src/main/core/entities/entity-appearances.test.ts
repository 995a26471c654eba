import { describe, expect, it } from 'vitest';
import { anchorAll } from '../annotations/anchoring';
import { createAnnotation, listAnnotations } from '../annotations/annotation-repository';
import { entityAppearances } from './entity-appearances';
import { createEntity } from './entity-repository';
import { investigationWith, spanOf } from './test-support';

const LETTER = '🛂 Dana Okafor wrote to staff: “We have heard you.” Halden Systems kept the contract.';
const MEMO = 'Okafor said the deal was worth $2 million. The board met on 12 March.';

async function taggedInvestigation() {
  const { db, sourceIds } = await investigationWith(LETTER, MEMO);
  const [letter, memo] = sourceIds as [number, number];
  const dana = createEntity(db, { name: 'Dana Okafor', type: 'person' });
  const halden = createEntity(db, { name: 'Halden Systems', type: 'organisation' });
  const mention = createAnnotation(db, { sourceId: letter, kind: 'mention', span: spanOf(db, letter, 'Dana Okafor'), entityId: dana.id });
  const quote = createAnnotation(db, { sourceId: letter, kind: 'quote', span: spanOf(db, letter, '“We have heard you.”'), quote: { speakerId: dana.id } });
  const claim = createAnnotation(db, { sourceId: memo, kind: 'claim', span: spanOf(db, memo, 'the deal was worth $2 million'), claim: { speakerId: dana.id } });
  const event = createAnnotation(db, {
    sourceId: memo,
    kind: 'event',
    span: spanOf(db, memo, 'The board met on 12 March'),
    event: { what: 'Board meeting', entityIds: [halden.id, dana.id] },
  });
  const other = createAnnotation(db, { sourceId: letter, kind: 'mention', span: spanOf(db, letter, 'Halden Systems'), entityId: halden.id });
  createAnnotation(db, { sourceId: letter, kind: 'comment', span: spanOf(db, letter, 'kept the contract'), note: 'Check' });
  return { db, letter, memo, dana, halden, mention, quote, claim, event, other };
}

describe('an entity’s appearances', () => {
  it('gives every annotation naming it in any role, with its source, newest source first and in reading order', async () => {
    const { db, letter, memo, dana, mention, quote, claim, event } = await taggedInvestigation();
    // The memo was imported second, so it comes first, as in the sources table.
    db.prepare("UPDATE source SET imported_at = '2026-01-02T00:00:00.000Z' WHERE id = ?").run(memo);
    db.prepare("UPDATE source SET imported_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(letter);
    const found = entityAppearances(db, dana.id, anchorAll);
    expect(found.map((item) => [item.annotation.id, item.source.id, item.source.title])).toEqual([
      [claim.id, memo, 'Source 2'],
      [event.id, memo, 'Source 2'],
      [mention.id, letter, 'Source 1'],
      [quote.id, letter, 'Source 1'],
    ]);
    expect(found.find((item) => item.annotation.id === quote.id)!.annotation.quote!.speakerId).toBe(dana.id);
  });

  it('is each placed in its source as the reader places it: moved and orphaned say so', async () => {
    const { db, letter, dana, mention, quote } = await taggedInvestigation();
    // What an imported Web Annotation can leave: a stored position that no longer fits the text.
    db.prepare('UPDATE annotation SET start = start + 3, end = end + 3 WHERE id = ?').run(mention.id);
    db.prepare("UPDATE annotation SET exact = 'words that are nowhere in the letter at all' WHERE id = ?").run(quote.id);
    const found = entityAppearances(db, dana.id, anchorAll);
    const placed = new Map(found.map((item) => [item.annotation.id, item.annotation.anchor]));
    const inReader = new Map(listAnnotations(db, letter, anchorAll).map((annotation) => [annotation.id, annotation.anchor]));
    expect(placed.get(mention.id)).toMatchObject({ state: 'moved', start: 2, end: 13 });
    expect(placed.get(quote.id)!.state).toBe('orphaned');
    expect(placed.get(mention.id)).toEqual(inReader.get(mention.id));
    expect(placed.get(quote.id)).toEqual(inReader.get(quote.id));
  });

  it('is empty for an entity nothing names, and refuses an entity that does not exist', async () => {
    const { db } = await taggedInvestigation();
    const nobody = createEntity(db, { name: 'Nobody', type: 'person' });
    expect(entityAppearances(db, nobody.id, anchorAll)).toEqual([]);
    expect(() => entityAppearances(db, 999, anchorAll)).toThrow(/Entity #999 is not in this investigation/);
  });
});
