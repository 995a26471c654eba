import { describe, expect, it } from 'vitest';
import { createEntity, updateEntity } from '../entities/entity-repository';
import { investigationWith, spanOf } from '../entities/test-support';
import { createAnnotation, deleteAnnotation } from './annotation-repository';
import { citeAnnotations, findQuotes } from './cited-annotations';

const FIRST = '“We will not renew the contract,” said José Müller, in a letter to employees. The deal was worth $2 million.';
const SECOND = '“Our work with the agency continues,” Ana Lind told staff.';

async function twoQuotes() {
  const { db, sourceIds } = await investigationWith(FIRST, SECOND);
  const [first, second] = sourceIds as [number, number];
  const muller = createEntity(db, { name: 'José Müller', type: 'person' });
  const lind = createEntity(db, { name: 'Ana Lind', type: 'person' });
  const old = createAnnotation(db, {
    sourceId: first,
    kind: 'quote',
    span: spanOf(db, first, '“We will not renew the contract,”'),
    quote: { speakerId: muller.id, saidOn: '2020-03' },
  });
  const recent = createAnnotation(db, {
    sourceId: second,
    kind: 'quote',
    span: spanOf(db, second, '“Our work with the agency continues,”'),
    quote: { speakerId: lind.id, saidOn: '2026-01-15' },
  });
  const mention = createAnnotation(db, { sourceId: first, kind: 'mention', span: spanOf(db, first, 'José Müller'), entityId: muller.id });
  return { db, first, second, old, recent, mention, muller };
}

describe('cited annotations', () => {
  it('gives each annotation with its source, in the order asked, skipping those gone', async () => {
    const { db, first, second, old, recent, mention } = await twoQuotes();
    deleteAnnotation(db, mention.id);
    const cited = citeAnnotations(db, [recent.id, mention.id, old.id]);
    expect(cited.map((item) => [item.annotation.id, item.source.id, item.source.title])).toEqual([
      [recent.id, second, 'Source 2'],
      [old.id, first, 'Source 1'],
    ]);
    expect(cited[1]!.annotation.span.exact).toBe('“We will not renew the contract,”');
    expect(citeAnnotations(db, [])).toEqual([]);
  });

  it('finds quotes, latest said first, by their words, speaker or alias, folded for case and accents', async () => {
    const { db, old, recent, muller } = await twoQuotes();
    expect(findQuotes(db, '', 10).map((item) => item.annotation.id)).toEqual([recent.id, old.id]);
    expect(findQuotes(db, 'RENEW contract', 10).map((item) => item.annotation.id)).toEqual([old.id]);
    expect(findQuotes(db, 'muller', 10).map((item) => item.annotation.id)).toEqual([old.id]);
    updateEntity(db, muller.id, { aliases: ['the chief executive'] });
    expect(findQuotes(db, 'chief', 10).map((item) => item.annotation.id)).toEqual([old.id]);
    expect(findQuotes(db, 'source 2', 10).map((item) => item.annotation.id)).toEqual([recent.id]);
    expect(findQuotes(db, 'worth', 10)).toEqual([]);
    expect(findQuotes(db, '', 1)).toHaveLength(1);
  });
});
