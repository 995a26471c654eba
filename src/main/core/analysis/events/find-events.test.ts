import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze-text';

const REFERENCE = { date: '2026-03-12', basis: 'published' as const };

function events(text: string) {
  const analysis = analyzeText(text, REFERENCE);
  return analysis.events.map((event) => [event.text, event.date.text, event.entities.map((index) => analysis.entities[index]!.name)]);
}

describe('events', () => {
  it('are dated sentences that open with who did what, in the past', () => {
    const text = 'Tomas Lindqvist, then chief executive of Halden Systems, cancelled the contract in September 2020. The company grew.';
    expect(events(text)).toEqual([
      ['Tomas Lindqvist, then chief executive of Halden Systems, cancelled the contract in September 2020.', 'September 2020', ['Tomas Lindqvist', 'Halden Systems']],
    ]);
  });

  it('are not statements, quotes, or sentences without a date or a named subject', () => {
    const text = [
      'Adaeze Okafor said on Wednesday that the contract stood.',
      '“Halden Systems cancelled it in 2020,” she wrote.',
      'The board met on Tuesday.',
      'Adaeze Okafor cancelled the pilot.',
    ].join('\n\n');
    expect(events(text)).toEqual([]);
  });
});
