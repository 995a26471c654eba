import { describe, expect, it } from 'vitest';
import { investigationNameSchema } from '../../../shared/domain/investigation';
import { checkedInvestigationName, DEFAULT_INVESTIGATION_NAME, investigationNameFrom } from './names';

describe('investigation names made from file names and stored names', () => {
  it('always satisfies the contract', () => {
    const samples = ['Story', '  padded  ', '', '   ', 'a'.repeat(201), 'é'.repeat(500), `${'x'.repeat(199)}😀`,
      `${'x'.repeat(198)} 😀`, '😀'.repeat(150), `${' '.repeat(10)}${'y'.repeat(300)}`];
    for (const sample of samples) {
      const name = investigationNameFrom(sample);
      expect(investigationNameSchema.safeParse(name).success, JSON.stringify(sample)).toBe(true);
      expect(name).toBe(name.trim());
    }
  });

  it('trims, falls back to "My investigation", and cuts long names at 200 characters', () => {
    expect(investigationNameFrom('  Border deal ')).toBe('Border deal');
    expect(investigationNameFrom(' \t ')).toBe(DEFAULT_INVESTIGATION_NAME);
    expect(investigationNameFrom('a'.repeat(250))).toBe('a'.repeat(200));
  });

  it('never splits a character made of two UTF-16 units', () => {
    // 199 units then an emoji of 2 units: the emoji does not fit whole, so it is left out.
    expect(investigationNameFrom(`${'x'.repeat(199)}😀 and more`)).toBe('x'.repeat(199));
    const emoji = investigationNameFrom('😀'.repeat(150));
    expect(emoji).toBe('😀'.repeat(100));
    expect([...emoji].every((c) => c === '😀')).toBe(true);
  });

  it('refuses a name the reporter gave that the contract does not accept', () => {
    expect(checkedInvestigationName('  Story ')).toBe('Story');
    expect(() => checkedInvestigationName('   ')).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    expect(() => checkedInvestigationName('a'.repeat(201))).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
  });
});
