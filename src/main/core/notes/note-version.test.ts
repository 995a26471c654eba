import { describe, expect, it } from 'vitest';
import { nextNoteVersion } from './note-version';

describe('nextNoteVersion', () => {
  it('is the current time when that is later than the previous version', () => {
    expect(nextNoteVersion('2026-03-12T09:00:00.000Z', new Date('2026-03-12T09:00:01.000Z'))).toBe('2026-03-12T09:00:01.000Z');
  });

  it('is one millisecond later when two saves fall in the same millisecond or the clock went back', () => {
    expect(nextNoteVersion('2026-03-12T09:00:00.000Z', new Date('2026-03-12T09:00:00.000Z'))).toBe('2026-03-12T09:00:00.001Z');
    expect(nextNoteVersion('2026-03-12T09:00:00.999Z', new Date('2026-03-11T00:00:00.000Z'))).toBe('2026-03-12T09:00:01.000Z');
  });
});
