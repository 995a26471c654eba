import { describe, expect, it } from 'vitest';
import { noteExcerpt } from './note-excerpt';

describe('noteExcerpt', () => {
  it('puts the text on one line', () => {
    expect(noteExcerpt('Interview plan\n\nCall  Okafor\tfirst ')).toBe('Interview plan Call Okafor first');
  });

  it('cuts long text with an ellipsis, never inside an emoji', () => {
    expect(noteExcerpt('abcdef', 6)).toBe('abcdef');
    expect(noteExcerpt('abc defgh', 6)).toBe('abc d…');
    expect(noteExcerpt('ab 😀😀😀😀', 5)).toBe('ab 😀…');
  });
});
