import { describe, expect, it } from 'vitest';
import { sentences } from './sentences';

const split = (text: string) => [...sentences(text)].map(({ start, end }) => text.slice(start, end));

describe('sentences', () => {
  it('end at full stops, question and exclamation marks before a new sentence, and at line breaks', () => {
    expect(split('The deal died. Who killed it? Nobody knows!\n\nA new paragraph')).toEqual(['The deal died.', 'Who killed it?', 'Nobody knows!', 'A new paragraph']);
  });

  it('do not end after titles, initials, company forms or inside quotations that go on', () => {
    expect(split('Ms. Okafor of Halden Systems Inc. met J. R. Smith and U.S. officials. “It ended.” She left.')).toEqual([
      'Ms. Okafor of Halden Systems Inc. met J. R. Smith and U.S. officials.',
      '“It ended.”',
      'She left.',
    ]);
  });
});
