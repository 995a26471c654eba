import type { TextBlock } from '../../src/shared/domain/source';

/** A long report as an importer would leave it: canonical text and its blocks (code points). */
export interface LongSource {
  title: string;
  text: string;
  blocks: TextBlock[];
  wordCount: number;
  /** A word that occurs once, in the last block. */
  lastWord: string;
}

const WORDS = (
  'council contract tender budget million report minister spokesperson official documents records audit ' +
  'company director shareholder payment invoice subcontractor harbour dredging permit planning committee ' +
  'meeting minutes vote amendment resident complaint inspection safety water supply pipeline road bridge ' +
  'school hospital funding grant agency board chairman lawyer court filing lawsuit settlement evidence ' +
  'witness statement interview email letter memo spreadsheet accounts bank transfer offshore trust ' +
  'consultant fee overrun delay deadline election campaign donor donation lobbying register the a of and ' +
  'to in that for on with was said were had by from at which would have been not but after before during ' +
  'while because although however later earlier last year month week Tuesday March northern district city'
).split(' ');

export const LAST_WORD = 'Quillfeather';

/**
 * About `targetWords` words in short paragraphs (a report of 150,000 words makes ~5,000 blocks),
 * with headings, block quotes, lists, the odd emoji and a block with a line break, so every
 * path of the reader is exercised at scale. Seeded: every run makes the same text.
 */
export function makeLongSource(targetWords = 150_000, title = 'Harbour dredging: the full inquiry report'): LongSource {
  const random = mulberry32(20260312);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = (length: number) => {
    const words = Array.from({ length }, pick);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const parts: [TextBlock['kind'], string, number?][] = [];
  let words = 0;
  let chapter = 0;
  while (words < targetWords) {
    const roll = random();
    let content: string;
    if (parts.length % 60 === 0) {
      chapter++;
      parts.push(['heading', `Part ${chapter}: ${sentence(4).slice(0, -1)}`, 2]);
      words += 6;
      continue;
    } else if (roll < 0.06) {
      content = `${sentence(12)} ${sentence(9)}`;
      parts.push(['blockquote', content]);
    } else if (roll < 0.1) {
      for (let item = 0; item < 3; item++) parts.push(['list-item', sentence(6)]);
      words += 18;
      continue;
    } else if (roll < 0.11) {
      content = `Harbour office 🛂, ${sentence(3)}\n${sentence(5)}`;
      parts.push(['paragraph', content]);
    } else {
      content = Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(8 + Math.floor(random() * 10))).join(' ');
      if (random() < 0.02) content += ' 😀';
      parts.push(['paragraph', content]);
    }
    words += content.split(/\s+/).length;
  }
  parts.push(['paragraph', `The inquiry closes with one last word: ${LAST_WORD}.`]);

  let offset = 0;
  const blocks = parts.map(([kind, content, level]) => {
    const length = [...content].length;
    const block: TextBlock = { kind, start: offset, end: offset + length, ...(level ? { level } : {}) };
    offset += length + 2;
    return block;
  });
  return { title, text: parts.map(([, content]) => content).join('\n\n'), blocks, wordCount: words, lastWord: LAST_WORD };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
