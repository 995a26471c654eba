import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/domain/annotation';
import { fromWebAnnotations } from './from-web-annotations';
import { ANNOTATIONS, ENTITIES, MEMO, MEMO_TEXT } from './test-fixtures';
import { toNewAnnotation } from './to-new-annotation';
import { toWebAnnotations } from './to-web-annotations';

const exportedJson = (annotations: Annotation[] = ANNOTATIONS) =>
  JSON.stringify(toWebAnnotations({ investigationName: 'Border contracts', sources: [MEMO], entities: ENTITIES, annotations }));

/** The investigation that reads the file: the memo under another id, with this text. */
const sources = (text = MEMO_TEXT) => new Map([[MEMO.sha256, { id: 70, text }]]);

/** Error thrown by `run`, or a failure if it did not throw. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected it to throw');
}

describe('fromWebAnnotations', () => {
  it('reads back what was exported: the same spans, kinds and fields, every one exact', () => {
    const imported = fromWebAnnotations(exportedJson(), sources());
    expect(imported.skipped).toEqual([]);
    expect(imported.annotations.map((annotation) => annotation.anchor.state)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact']);
    expect(imported.entities).toEqual([
      { key: 'urn:sourcebook:entity:3', name: 'Dana Okafor', type: 'person' },
      { key: 'urn:sourcebook:entity:4', name: 'Halden Systems', type: 'organisation' },
      { key: 'urn:sourcebook:entity:5', name: 'Border Agency Union', type: 'organisation' },
    ]);

    // The caller matches the entities (here: to the same ids) and adds the annotations.
    const ids = new Map(imported.entities.map((entity) => [entity.key, Number(entity.key.split(':').at(-1))]));
    const added = imported.annotations.map((annotation) => toNewAnnotation(annotation, ids));
    expect(added).toEqual(
      ANNOTATIONS.map((original) => ({
        sourceId: 70,
        kind: original.kind,
        span: original.span,
        entityId: original.entityId,
        note: original.note,
        ...(original.quote && { quote: original.quote }),
        ...(original.claim && { claim: original.claim }),
        ...(original.event && { event: original.event }),
      })),
    );
    expect(imported.annotations[0]).toMatchObject({ index: 0, fileId: 'urn:sourcebook:annotation:1', createdAt: '2024-03-02T09:00:00.000Z' });
  });

  it('re-anchors in a source whose text changed: moved, fuzzy, orphaned, never dropped', () => {
    const changed = `EDITOR’S NOTE: corrected.\n${MEMO_TEXT}`
      .replace('“We will not cut the border teams.”', '"We will not cut the border teams."')
      .replace('Halden Systems signed the contracts, worth US$2.8-million, in 2019.', 'The rest was removed.');
    const { annotations, skipped } = fromWebAnnotations(exportedJson(), sources(changed));
    expect(skipped).toEqual([]);
    expect(annotations.map((annotation) => [annotation.kind, annotation.anchor.state])).toEqual([
      ['quote', 'fuzzy'],
      ['mention', 'orphaned'],
      ['claim', 'moved'],
      ['event', 'orphaned'],
      ['comment', 'orphaned'],
    ]);
    // Placed ones get selectors made afresh from the present text; orphaned ones keep the file's.
    const [quote, mention, claim] = annotations;
    expect(quote!.span.exact).toBe('"We will not cut the border teams."');
    expect([...changed].slice(claim!.span.start, claim!.span.end).join('')).toBe(ANNOTATIONS[2]!.span.exact);
    expect(claim!.span.start).toBe(ANNOTATIONS[2]!.span.start + 26);
    expect(mention!.span).toEqual(ANNOTATIONS[1]!.span);
  });

  it('skips, with a reason, annotations whose source is not in the investigation, and imports the rest', () => {
    const file = JSON.parse(exportedJson()) as { first: { items: Array<{ target: { source: string } }> } };
    file.first.items[1]!.target.source = `urn:sha256:${'b'.repeat(64)}`;
    file.first.items[2]!.target.source = 'https://example.com/article';
    const { annotations, skipped } = fromWebAnnotations(file, sources());
    expect(annotations).toHaveLength(3);
    expect(skipped).toEqual([
      { index: 1, fileId: 'urn:sourcebook:annotation:2', reason: 'its source (SHA-256 bbbbbbbbbbbb…) is not in this investigation' },
      { index: 2, fileId: 'urn:sourcebook:annotation:3', reason: expect.stringMatching(/not a source named by its SHA-256 .*example\.com/) },
    ]);
  });

  it('skips a malformed annotation with what is wrong in it', () => {
    const file = JSON.parse(exportedJson()) as { first: { items: Array<Record<string, unknown>> } };
    (file.first.items[0]!.target as { selector: Array<Record<string, unknown>> }).selector[0]!.exact = 42;
    file.first.items[1]!.target = { source: `urn:sha256:${MEMO.sha256}` };
    file.first.items[2]!.body = [{ type: 'TextualBody', value: 'x'.repeat(20_001) }];
    const { annotations, skipped } = fromWebAnnotations(file, sources());
    expect(annotations.map((annotation) => annotation.index)).toEqual([3, 4]);
    expect(skipped.map((entry) => entry.reason)).toEqual([
      'it is malformed at target.selector.0.exact: expected string, received number',
      'it has no TextQuoteSelector, so the passage it marks cannot be found',
      'its note is longer than 20,000 characters',
    ]);
  });

  it('reads an annotation from another tool: no sourcebook fields, unknown fields ignored, long context cut', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://hypothes.is/a/1',
          type: 'Annotation',
          motivation: 'commenting',
          'x:likes': 12,
          body: { type: 'TextualBody', value: 'Is this the same union?' },
          target: {
            source: { id: `URN:SHA256:${MEMO.sha256.toUpperCase()}`, type: 'Text' },
            selector: {
              type: 'TextQuoteSelector',
              exact: 'The union',
              prefix: '“We will not cut the border teams.”\n',
              suffix: ' said the agency had already cut 40 posts at the northern crossings',
            },
          },
        },
      ],
    };
    const { annotations, skipped } = fromWebAnnotations(foreign, sources());
    expect(skipped).toEqual([]);
    expect(annotations).toHaveLength(1);
    const [comment] = annotations;
    expect(comment).toMatchObject({ kind: 'comment', note: 'Is this the same union?', entityKey: null, anchor: { state: 'moved' } });
    expect([...MEMO_TEXT].slice(comment!.anchor.start, comment!.anchor.end).join('')).toBe('The union');
    expect([...comment!.span.suffix]).toHaveLength(32);
  });

  it('accepts a single annotation, a bare array, and a byte-order mark', () => {
    const one = (JSON.parse(exportedJson()) as { first: { items: unknown[] } }).first.items[4];
    expect(fromWebAnnotations(one, sources()).annotations).toHaveLength(1);
    expect(fromWebAnnotations([one, one], sources()).annotations).toHaveLength(2);
    expect(fromWebAnnotations(`\uFEFF${exportedJson()}`, sources()).annotations).toHaveLength(5);
  });

  describe('refuses a file that is not Web Annotation JSON, saying what it is', () => {
    it.each([
      ['not JSON', '{"type": "AnnotationCollection",', /not JSON/],
      ['a number', '42', /should hold an AnnotationCollection.*but it holds a number/],
      ['another kind of JSON-LD', '{"@context": "https://schema.org", "@type": "Person", "name": "Dana"}', /its type is “Person”/],
      ['an object without type', '{"annotations": []}', /it has no type/],
      ['a collection paged elsewhere', '{"type": "AnnotationCollection", "first": "https://example.com/page1"}', /separate pages/],
      ['a page without items', '{"type": "AnnotationPage"}', /no list of items/],
    ])('%s', (_, file, message) => {
      const error = thrown(() => fromWebAnnotations(file, sources()));
      expect(error).toMatchObject({ name: 'ServiceError', code: 'UNSUPPORTED' });
      expect(error.message).toMatch(message);
    });

    it('too many annotations', () => {
      const error = thrown(() => fromWebAnnotations({ type: 'AnnotationPage', items: new Array(100_001).fill({}) }, sources()));
      expect(error.message).toMatch(/100,001 annotations; at most 100,000/);
    });
  });
});
