import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter';

describe('readFrontMatter', () => {
  it('reads the metadata keys and returns the body after the block', () => {
    const { body, metadata } = readFrontMatter(
      [
        '---',
        'title: "Halden defends: the contract"',
        'authors:',
        '  - Mireille Fontaine',
        "  - 'Ole O''Brien'",
        'date: 2026-03-12T09:00:00+01:00 # local time',
        'url: https://news.example.com/halden',
        'publication: The Harbour Ledger',
        'lang: nb_NO',
        'tags: [ports, contracts]',
        '---',
        '# Body',
      ].join('\r\n'),
    );
    expect(body).toBe('# Body');
    expect(metadata).toEqual({
      title: 'Halden defends: the contract',
      authors: ['Mireille Fontaine', "Ole O'Brien"],
      publishedDate: '2026-03-12',
      url: 'https://news.example.com/halden',
      outlet: 'The Harbour Ledger',
      language: 'nb-NO',
    });
  });

  it('reads an inline author list and a byline-like single author', () => {
    expect(readFrontMatter('---\nauthor: [Jane Doe, John Roe]\n---\n').metadata.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(readFrontMatter('---\nauthor: Jane Doe and John Roe\n---\n').metadata.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('keeps only http(s) URLs and real dates', () => {
    expect(readFrontMatter('---\nurl: javascript:alert(1)\ndate: soon\n---\nx').metadata).toEqual({});
  });

  it('leaves text alone when the rule at the top is not front matter', () => {
    const notFrontMatter = '---\nJust a paragraph between rules.\n---\nMore.';
    expect(readFrontMatter(notFrontMatter)).toEqual({ body: notFrontMatter, metadata: {} });
    const unclosed = '---\ntitle: x\nno end';
    expect(readFrontMatter(unclosed).body).toBe(unclosed);
  });
});
