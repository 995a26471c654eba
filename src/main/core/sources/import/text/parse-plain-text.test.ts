import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../types';
import { parsePlainText } from './parse-plain-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

function blockTexts({ text, blocks }: { text: string; blocks: { start: number; end: number }[] }): string[] {
  const points = [...text];
  return blocks.map((b) => points.slice(b.start, b.end).join(''));
}

describe('parsePlainText', () => {
  it('makes a paragraph per blank-line-separated run, keeping line breaks inside', () => {
    const document = parsePlainText(
      utf8('Interview notes\r\n\r\nMet at the   harbour office.\r\nShe said “no”.\r\n \r\n\r\nJane Doe\n12 Quay Road\fNext page.'),
    );
    expect(document.mimeType).toBe('text/plain');
    expect(blockTexts(document)).toEqual([
      'Interview notes',
      'Met at the harbour office.\nShe said “no”.',
      'Jane Doe\n12 Quay Road',
      'Next page.',
    ]);
    expect(document.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(document.text).toBe('Interview notes\n\nMet at the harbour office.\nShe said “no”.\n\nJane Doe\n12 Quay Road\n\nNext page.');
    expect(document.metadata).toEqual({ title: 'Interview notes' });
  });

  it.each([
    ['a first line that continues its paragraph', 'Notes from the call\nwith the mayor.\n\nMore.'],
    ['a salutation', 'Dear Ms Lee,\n\nThank you.'],
    ['a sentence', 'The council met on Tuesday.\n\nIt voted.'],
    ['the only paragraph', 'Just one line'],
    ['a line too long to be a title', `${'word '.repeat(40)}\n\nMore.`],
  ])('takes no title from %s', (_, text) => {
    expect(parsePlainText(utf8(text)).metadata.title).toBeUndefined();
  });

  it('reads windows-1252 files', () => {
    const bytes = Uint8Array.from([0x93, 0x5a, 0x6f, 0xeb, 0x94, 0x0d, 0x0a, 0x0d, 0x0a, 0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x97, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    expect(parsePlainText(bytes).text).toBe('“Zoë”\n\nJosé — Müller');
  });

  it('refuses an empty file and binary data, naming the file', () => {
    expect(() => parsePlainText(utf8('\n \n'), { fileName: 'blank.txt' })).toThrow(ImportRefusal);
    try {
      parsePlainText(Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x00, 0xff, 0xfe, 0x10]), { fileName: 'x.txt' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportRefusal);
      expect((error as ImportRefusal).reason).toBe('binary');
      expect((error as ImportRefusal).message).toContain('“x.txt”');
    }
  });
});
