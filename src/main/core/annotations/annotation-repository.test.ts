import { describe, expect, it } from 'vitest';
import { auditHistory } from '../audit/audit-log';
import { createEntity } from '../entities/entity-repository';
import { investigationWith, spanOf } from '../entities/test-support';
import { getSourceSummary } from '../sources/source-repository';
import { anchorAll } from './anchoring';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from './annotation-repository';

const ARTICLE = '🛂 “We have heard you, and we agree,” Ms. Okafor wrote. The contract was worth US$95,000.';

describe('annotations', () => {
  it('stores both selectors, made from the source text in code points, past an emoji', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const quote = createAnnotation(db, { sourceId, kind: 'quote', span: spanOf(db, sourceId, '“We have heard you, and we agree,”') });
    expect(quote.span).toEqual({
      start: 2,
      end: 36,
      exact: '“We have heard you, and we agree,”',
      prefix: '🛂 ',
      suffix: ' Ms. Okafor wrote. The contract ',
    });
    expect(quote.quote).toEqual({ speakerId: null, saidOn: null, channel: '', addressedTo: '', direct: true });
    expect(getSourceSummary(db, sourceId)!.annotationCount).toBe(1);
  });

  it('never gives a new annotation the id of one deleted, so what named the old one cannot name the new', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const first = createAnnotation(db, { sourceId, kind: 'quote', span: spanOf(db, sourceId, '“We have heard you, and we agree,”') });
    const newest = createAnnotation(db, { sourceId, kind: 'claim', span: spanOf(db, sourceId, 'worth US$95,000') });
    const removed = deleteAnnotation(db, newest.id);
    const next = createAnnotation(db, { sourceId, kind: 'comment', span: spanOf(db, sourceId, 'Ms. Okafor wrote') });
    expect(next.id).toBe(newest.id + 1);
    expect(next.id).toBeGreaterThan(first.id);
    // Undo still puts the deleted one back under its own id.
    expect(restoreAnnotation(db, removed).id).toBe(newest.id);
  });

  it('refuses a span whose text is not what the source holds there', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    expect(() => createAnnotation(db, { sourceId, kind: 'comment', span: { start: 0, end: 5, exact: 'Hello', prefix: '', suffix: '' } })).toThrow(
      /does not match the source/,
    );
    expect(() => createAnnotation(db, { sourceId, kind: 'comment', span: { start: 80, end: 500, exact: 'x', prefix: '', suffix: '' } })).toThrow(
      /outside the source/,
    );
  });

  it('edits a claim’s status with its history, and restores a deleted annotation with its id', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const okafor = createEntity(db, { name: 'Dana Okafor', type: 'person' });
    const claim = createAnnotation(db, { sourceId, kind: 'claim', span: spanOf(db, sourceId, 'worth US$95,000'), claim: { speakerId: okafor.id } });
    const verified = updateAnnotation(db, claim.id, { claim: { status: 'verified' }, note: 'Matches the filing.' });
    expect(verified.claim).toEqual({ speakerId: okafor.id, status: 'verified', claimedOn: null });
    expect(auditHistory(db, 'claim', claim.id).map((entry) => entry.action)).toEqual(['create', 'update']);

    const removed = deleteAnnotation(db, claim.id);
    expect(getAnnotation(db, claim.id)).toBeNull();
    const restored = restoreAnnotation(db, removed);
    expect(restored).toMatchObject({ id: claim.id, note: 'Matches the filing.', claim: { status: 'verified' } });
    expect(auditHistory(db, 'claim', claim.id).map((entry) => entry.action)).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('keeps an event’s people, and lists annotations placed in reading order', async () => {
    const { db, sourceIds } = await investigationWith(ARTICLE);
    const [sourceId] = sourceIds as [number];
    const okafor = createEntity(db, { name: 'Dana Okafor', type: 'person' });
    createAnnotation(db, { sourceId, kind: 'event', span: spanOf(db, sourceId, 'Ms. Okafor wrote'), event: { what: 'Letter to staff', startsOn: '2020-09-16', entityIds: [okafor.id] } });
    createAnnotation(db, { sourceId, kind: 'mention', span: spanOf(db, sourceId, 'Okafor'), entityId: okafor.id });
    const listed = listAnnotations(db, sourceId, anchorAll);
    expect(listed.map((annotation) => [annotation.kind, annotation.anchor.state])).toEqual([
      ['event', 'exact'],
      ['mention', 'exact'],
    ]);
    expect(listed[0]!.event).toMatchObject({ what: 'Letter to staff', startsOn: '2020-09-16', entityIds: [okafor.id] });
  });
});
