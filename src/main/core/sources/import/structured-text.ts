import type { TextBlock } from '../../../../shared/domain/source';
import { codePointLength } from '../text-measures';
import type { StructuredText } from './types';

const BLOCK_SEPARATOR = '\n\n';

/**
 * Collects blocks into canonical text. Every importer builds its text here, so the rules that
 * annotations depend on hold for all of them: blocks separated by one blank line, spaces and
 * tabs collapsed, no block empty, offsets in code points.
 */
export class StructuredTextBuilder {
  private text = '';
  private offset = 0;
  private readonly blocks: TextBlock[] = [];

  /** Adds a block; its text is normalised and a block with no visible text is skipped. */
  add(kind: TextBlock['kind'], rawText: string, level?: number): void {
    const content = normaliseBlockText(rawText);
    if (content === '') return;
    if (this.blocks.length > 0) {
      this.text += BLOCK_SEPARATOR;
      this.offset += BLOCK_SEPARATOR.length;
    }
    const length = codePointLength(content);
    const block: TextBlock = { kind, start: this.offset, end: this.offset + length };
    if (kind === 'heading') block.level = Math.min(6, Math.max(1, level ?? 1));
    this.blocks.push(block);
    this.text += content;
    this.offset += length;
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  build(): StructuredText {
    return { text: this.text, blocks: [...this.blocks] };
  }
}

/**
 * Within a block, runs of spaces and tabs become one space and each line is trimmed; single
 * line breaks are kept (a letter's address, a poem), but never more than one in a row, since a
 * blank line is what separates blocks. Invisible controls are removed: they would make an
 * exact quote fail to match what the reporter sees.
 */
export function normaliseBlockText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
