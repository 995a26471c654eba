import { describe, expect, it } from 'vitest';
import { isJunkTitle, pdfMetadata } from './pdf-metadata';

const xmp = (values: Record<string, unknown>) => ({ get: (name: string) => values[name] ?? null });

describe('pdfMetadata', () => {
  it('reads title, semicolon-separated authors and language', () => {
    expect(pdfMetadata({ info: { Title: ' Port  audit ', Author: 'Doe, Jane; Ade Bello', Language: 'en-US' }, metadata: null })).toEqual({
      title: 'Port audit',
      authors: ['Doe, Jane', 'Ade Bello'],
      language: 'en-US',
    });
  });

  it('skips junk titles and account-name authors, falling back to XMP', () => {
    const metadata = pdfMetadata({
      info: { Title: 'Microsoft Word - draft3.docx', Author: 'Administrator', Language: 'English' },
      metadata: xmp({ 'dc:title': 'The real title', 'dc:creator': ['Ann Lee', 'Bo Chen'] }),
    });
    expect(metadata).toEqual({ title: 'The real title', authors: ['Ann Lee', 'Bo Chen'] });
  });

  it('is empty when nothing useful is declared', () => {
    expect(pdfMetadata({ info: {}, metadata: null })).toEqual({});
  });
});

describe('isJunkTitle', () => {
  it.each(['Microsoft PowerPoint - deck.pptx', 'scan0001.pdf', 'Untitled', 'untitled-3', 'C:\\Users\\x\\report', '/tmp/x', '123', 'Slide 1'])(
    'junk: %s',
    (title) => expect(isJunkTitle(title)).toBe(true),
  );
  it.each(['Annual Review 2024', 'Report on the harbour', 'PDF accessibility guide'])('kept: %s', (title) => expect(isJunkTitle(title)).toBe(false));
});
