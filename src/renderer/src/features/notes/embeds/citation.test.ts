import { describe, expect, it } from 'vitest';
import type { CitedAnnotation } from '../../../../../shared/domain/cited-annotation';
import { citationLine, citationOf, quotedWords } from './citation';

function cited(quote: Partial<NonNullable<CitedAnnotation['annotation']['quote']>> | null, source: Partial<CitedAnnotation['source']> = {}): CitedAnnotation {
  return {
    annotation: {
      id: 7,
      sourceId: 3,
      kind: 'quote',
      span: { start: 0, end: 10, exact: '“We agree,”', prefix: '', suffix: '' },
      anchor: { state: 'exact', start: 0, end: 10 },
      entityId: null,
      note: '',
      quote: quote && { speakerId: null, saidOn: null, channel: '', addressedTo: '', direct: true, ...quote },
      claim: null,
      event: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    source: { id: 3, title: 'Halden drops contract', outlet: null, publishedDate: null, ...source },
  };
}

describe('a quote card’s citation', () => {
  it('names the speaker, the channel and date said, and the source with its outlet and date', () => {
    const citation = citationOf(cited({ speakerId: 5, channel: 'letter to employees', saidOn: '2020-03-12' }, { outlet: 'The Globe', publishedDate: '2020-03' }), (id) =>
      id === 5 ? 'José Müller' : null,
    );
    expect(citation.speaker).toBe('José Müller');
    expect(citation.said).toMatch(/^letter to employees · .*2020/);
    expect(citation.source).toBe('Halden drops contract');
    expect(citation.published).toMatch(/^The Globe · .*2020$/);
    expect(citationLine(citation)).toMatch(/^José Müller, letter to employees · .*2020, in “Halden drops contract”$/);
  });

  it('says only what is known, and that a quote is paraphrased', () => {
    const citation = citationOf(cited({ direct: false }), () => null);
    expect(citation).toEqual({ speaker: null, said: 'paraphrased', source: 'Halden drops contract', published: '' });
    expect(citationLine(citationOf(cited(null), () => null))).toBe('in “Halden drops contract”');
  });
});

describe('the quoted words', () => {
  it('drop the quotation marks around them, and the comma inside the closing mark', () => {
    expect(quotedWords('“We have heard you, and we agree,”')).toBe('We have heard you, and we agree');
    expect(quotedWords('"It is over."')).toBe('It is over.');
    expect(quotedWords('« Nous partons »')).toBe('Nous partons');
  });

  it('keep marks that do not pair, and text that is not quoted', () => {
    expect(quotedWords('“We have heard you')).toBe('“We have heard you');
    expect(quotedWords('The deal is off')).toBe('The deal is off');
    expect(quotedWords('“')).toBe('“');
  });
});
