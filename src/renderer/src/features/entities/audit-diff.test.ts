import { describe, expect, it } from 'vitest';
import { diffFields, shortened, textOf } from './audit-diff';

const fields = [
  { label: 'Name', read: (snapshot: Record<string, unknown>) => textOf(snapshot.name) },
  { label: 'Size', read: (snapshot: Record<string, unknown>) => (typeof snapshot.size === 'number' ? `${snapshot.size} m` : '') },
];

describe('diffFields', () => {
  it('gives the fields that read differently, in the order given', () => {
    expect(diffFields({ name: 'A', size: 2 }, { name: 'A', size: 3 }, fields)).toEqual([{ field: 'Size', before: '2 m', after: '3 m' }]);
    expect(diffFields({ size: 2 }, { size: 2, extra: true }, fields)).toEqual([]);
  });

  it('reads a missing or malformed snapshot as empty rather than failing', () => {
    expect(diffFields(null, { name: 'A' }, fields)).toEqual([{ field: 'Name', before: '', after: 'A' }]);
    expect(diffFields(['not', 'a', 'record'], 'text', fields)).toEqual([]);
  });
});

describe('shortened', () => {
  it('cuts a long text to the length asked, ending in …', () => {
    expect(shortened('abcdef', 4)).toBe('abc…');
    expect(shortened('abc', 4)).toBe('abc');
  });
});
