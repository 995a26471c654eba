import { describe, expect, it } from 'vitest';
import { createEntity, listEntities } from '../entities/entity-repository';
import { investigationWith, spanOf } from '../entities/test-support';
import { anchorAll } from './anchoring';
import { createAnnotation, listAnnotations } from './annotation-repository';
import { exportWebAnnotations, importWebAnnotations } from './interchange';

const ARTICLE = '🛂 “We have heard you, and we agree,” Ms. Okafor wrote. The contract was worth US$95,000.';

describe('W3C Web Annotation interchange', () => {
  it('exports every annotation and imports it into another investigation with the same source', async () => {
    const first = await investigationWith(ARTICLE);
    const [sourceId] = first.sourceIds as [number];
    const okafor = createEntity(first.db, { name: 'Dana Okafor', type: 'person' });
    createAnnotation(first.db, { sourceId, kind: 'quote', span: spanOf(first.db, sourceId, '“We have heard you, and we agree,”'), quote: { speakerId: okafor.id, channel: 'letter' } });
    createAnnotation(first.db, { sourceId, kind: 'claim', span: spanOf(first.db, sourceId, 'worth US$95,000'), claim: { status: 'verified' } });
    const file = JSON.stringify(exportWebAnnotations(first.db));
    expect(file).toContain('TextQuoteSelector');
    expect(file).toContain('urn:sha256:');

    const second = await investigationWith(ARTICLE);
    const summary = importWebAnnotations(second.db, file);
    expect(summary).toEqual({ imported: 2, entitiesCreated: 1, skipped: [] });
    const [quote, claim] = listAnnotations(second.db, second.sourceIds[0]!, anchorAll);
    expect(quote).toMatchObject({ kind: 'quote', span: { exact: '“We have heard you, and we agree,”' }, quote: { channel: 'letter' } });
    expect(listEntities(second.db).map((entity) => entity.name)).toEqual(['Dana Okafor']);
    expect(quote!.quote!.speakerId).toBe(listEntities(second.db)[0]!.id);
    expect(claim).toMatchObject({ kind: 'claim', claim: { status: 'verified' } });
  });

  it('reports annotations whose source is not in the investigation, and refuses a file that is not Web Annotation', async () => {
    const first = await investigationWith(ARTICLE);
    const [sourceId] = first.sourceIds as [number];
    createAnnotation(first.db, { sourceId, kind: 'comment', span: spanOf(first.db, sourceId, 'Ms. Okafor wrote'), note: 'Check the date' });
    const file = JSON.stringify(exportWebAnnotations(first.db));
    const other = await investigationWith('A different article altogether.');
    const summary = importWebAnnotations(other.db, file);
    expect(summary.imported).toBe(0);
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0]!.reason).toMatch(/source/i);
    expect(() => importWebAnnotations(other.db, '{"hello": 1}')).toThrow();
  });
});
