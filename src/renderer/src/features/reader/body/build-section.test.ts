// @vitest-environment jsdom
import { createEditor, type LexicalEditor } from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../../shared/domain/source';
import { $appendSection } from './build-section';
import { indexCodePoints } from '../code-points';
import { offsetsToRange, rangeToOffsets } from '../dom-offsets';
import { SourceBlockNode } from '../nodes/SourceBlockNode';
import { SourceListNode } from '../nodes/SourceListNode';
import { splitIntoSections } from './sections';

/** Canonical text as importers build it: blocks one blank line apart, offsets in code points. */
function structure(...parts: [TextBlock['kind'], string, number?][]): { text: string; blocks: TextBlock[] } {
  let offset = 0;
  const blocks = parts.map(([kind, content, level]) => {
    const length = [...content].length;
    const block: TextBlock = { kind, start: offset, end: offset + length, ...(level ? { level } : {}) };
    offset += length + 2;
    return block;
  });
  return { text: parts.map(([, content]) => content).join('\n\n'), blocks };
}

const article = structure(
  ['heading', 'Border 🛂 deal', 2],
  ['paragraph', 'First line, soft-wrapped.'],
  ['blockquote', 'A quote 😀'],
  ['list-item', 'one'],
  ['list-item', 'two 🛂'],
  ['paragraph', 'After.'],
);
let editor: LexicalEditor;
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  editor = createEditor({
    namespace: 'test',
    editable: false,
    nodes: [SourceBlockNode, SourceListNode],
    theme: { sourceBlock: { paragraph: 'reader-p' }, sourceList: 'reader-list' },
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
});

function render(text: string, blocks: TextBlock[]) {
  const [section] = splitIntoSections(blocks);
  editor.update(() => $appendSection(section!, indexCodePoints(text), 2), { discrete: true });
}

describe('a section rendered by Lexical', () => {
  it('renders each kind of block with its offsets, and list items in one list', () => {
    const { text, blocks } = article;
    render(text, blocks);
    const rendered = [...root.querySelectorAll('[data-block-start]')].map((element) => [
      element.tagName,
      Number(element.getAttribute('data-block-start')),
      Number(element.getAttribute('data-block-end')),
    ]);
    expect(rendered).toEqual(blocks.map((block) => [{ heading: 'H2', paragraph: 'P', blockquote: 'BLOCKQUOTE', 'list-item': 'LI' }[block.kind], block.start, block.end]));
    expect(root.querySelectorAll('ul.reader-list > li')).toHaveLength(2);
    expect(root.querySelector('p')!.className).toBe('reader-p');
  });

  it('maps every block of its DOM back to the canonical text, emoji and line breaks included', () => {
        const { text, blocks } = structure(['paragraph', 'Dear 🛂 editor,\nline two'], ['heading', 'Second 😀.', 1]);
    render(text, blocks);
    expect(root.querySelectorAll('br')).toHaveLength(1);
    const points = [...text];
    for (const block of blocks) {
      for (let start = block.start; start < block.end; start++) {
        const range = offsetsToRange(root, start, block.end)!;
        expect(rangeToOffsets(range)).toEqual({ start, end: block.end });
        // The browser's own text of the range is the canonical text without the line break.
        expect(range.toString()).toBe(points.slice(start, block.end).join('').replace('\n', ''));
      }
    }
  });

  it('survives a JSON round trip with its offsets', () => {
    const { text, blocks } = article;
    render(text, blocks);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const copy = createEditor({ namespace: 'copy', nodes: [SourceBlockNode, SourceListNode], onError: (error) => { throw error; } });
    const state = copy.parseEditorState(json);
    expect(JSON.stringify(state.toJSON())).toBe(json);
    expect(json).toContain('"type":"source-block"');
    expect(json).toContain(`"start":${blocks[1]!.start}`);
  });
});
