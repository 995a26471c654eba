import { describe, expect, it } from 'vitest';
import { ANNOTATIONS, ENTITIES, MEMO } from './test-fixtures';
import { toWebAnnotations } from './to-web-annotations';

const exported = () => toWebAnnotations({ investigationName: 'Border contracts', sources: [MEMO], entities: ENTITIES, annotations: ANNOTATIONS });

describe('toWebAnnotations', () => {
  it('writes one W3C AnnotationCollection with every annotation on an embedded first page', () => {
    const collection = exported();
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { sourcebook: 'urn:sourcebook:vocab:' }],
      type: 'AnnotationCollection',
      label: 'Border contracts',
      total: 5,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items.map((item) => [item.id, item.motivation, item['sourcebook:kind']])).toEqual([
      ['urn:sourcebook:annotation:1', 'highlighting', 'quote'],
      ['urn:sourcebook:annotation:2', 'identifying', 'mention'],
      ['urn:sourcebook:annotation:3', 'assessing', 'claim'],
      ['urn:sourcebook:annotation:4', 'describing', 'event'],
      ['urn:sourcebook:annotation:5', 'commenting', 'comment'],
    ]);
  });

  it('names each target by its source’s SHA-256, with both selectors in code points and the title for people', () => {
    const [quote, , claim] = exported().first.items;
    expect(quote!.target).toEqual({
      type: 'SpecificResource',
      source: `urn:sha256:${MEMO.sha256}`,
      'sourcebook:sourceTitle': 'Letter to employees',
      'sourcebook:sourceUrl': 'https://example.com/letter',
      selector: [
        { type: 'TextQuoteSelector', exact: ANNOTATIONS[0]!.span.exact, prefix: ANNOTATIONS[0]!.span.prefix, suffix: ANNOTATIONS[0]!.span.suffix },
        { type: 'TextPositionSelector', start: ANNOTATIONS[0]!.span.start, end: ANNOTATIONS[0]!.span.end },
      ],
    });
    // The claim ends with an emoji: its end counts it once.
    const position = claim!.target.selector[1];
    expect(position.end - position.start).toBe([...ANNOTATIONS[2]!.span.exact].length);
  });

  it('writes notes as text bodies, entities as resources with name and type, and a kind’s fields under sourcebook:', () => {
    const [quote, mention, , event] = exported().first.items;
    expect(quote).toMatchObject({
      created: '2024-03-02T09:00:00.000Z',
      modified: '2024-03-02T09:30:00.000Z',
      'sourcebook:saidOn': '2020-09-16',
      'sourcebook:channel': 'letter to employees',
      'sourcebook:addressedTo': 'staff',
      'sourcebook:direct': true,
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Contradicted by the union.', format: 'text/plain' },
        {
          type: 'SpecificResource',
          purpose: 'linking',
          'sourcebook:role': 'speaker',
          source: { id: 'urn:sourcebook:entity:3', type: 'sourcebook:Entity', name: 'Dana Okafor', 'sourcebook:entityType': 'person' },
        },
      ],
    });
    expect(mention!.body).toEqual([expect.objectContaining({ purpose: 'identifying', 'sourcebook:role': 'mentioned' })]);
    expect(event!.body!.map((body) => ('value' in body ? body.value : body.source.name))).toEqual([
      'Contracts signed',
      'Halden Systems',
      'Dana Okafor',
    ]);
    expect(event).not.toHaveProperty('sourcebook:endsOn');
  });

  it('refuses to write an annotation whose source or entity it was not given', () => {
    expect(() => toWebAnnotations({ investigationName: 'x', sources: [], entities: ENTITIES, annotations: ANNOTATIONS })).toThrow(/Source #7/);
    expect(() => toWebAnnotations({ investigationName: 'x', sources: [MEMO], entities: [], annotations: ANNOTATIONS })).toThrow(/Entity #3/);
  });
});
