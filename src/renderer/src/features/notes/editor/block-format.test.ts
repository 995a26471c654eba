// @vitest-environment jsdom
import { registerList, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { LinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $nodesOfType,
  createEditor,
  FORMAT_TEXT_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { $selectionFormat, $toggleBlock } from './block-format';
import { $applyLink, $linkUrlAtSelection } from './link-edit';
import { NOTE_NODES, NOTE_THEME } from './note-editor-config';

let editor: LexicalEditor;

/** A note editor on a detached element, with one paragraph per line and the caret in the first. */
function setUp(...lines: string[]) {
  editor = createEditor({ namespace: 'test', nodes: [...NOTE_NODES], theme: NOTE_THEME, onError: (error) => { throw error; } });
  editor.setRootElement(document.createElement('div'));
  registerRichText(editor);
  registerList(editor);
  editor.update(
    () => {
      const paragraphs = lines.map((line) => $createParagraphNode().append($createTextNode(line)));
      $getRoot().append(...paragraphs);
      paragraphs[0]!.selectEnd();
    },
    { discrete: true },
  );
}

const run = (fn: () => void) => editor.update(fn, { discrete: true });
const firstText = () => $getRoot().getFirstDescendant() as TextNode;
const format = () => editor.getEditorState().read($selectionFormat, { editor });
const blocks = () => editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getType() + ('getTag' in node ? `:${(node as { getTag(): string }).getTag()}` : '')));

beforeEach(() => setUp('Questions for Okafor', 'Second line'));

describe('$toggleBlock', () => {
  it('turns the caret’s block into a heading, and back into a paragraph when pressed again', () => {
    run(() => $toggleBlock('h1', format().block));
    expect(blocks()).toEqual(['heading:h1', 'paragraph']);
    expect(format().block).toBe('h1');
    run(() => $toggleBlock('h2', format().block));
    expect(blocks()).toEqual(['heading:h2', 'paragraph']);
    run(() => $toggleBlock('h2', format().block));
    expect(blocks()).toEqual(['paragraph', 'paragraph']);
  });

  it('makes a block quote', () => {
    run(() => $toggleBlock('quote', format().block));
    expect(blocks()).toEqual(['quote', 'paragraph']);
    expect(format().block).toBe('quote');
  });
});

describe('$selectionFormat', () => {
  it('names the list the caret is in, and the formats of the selection', () => {
    run(() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined));
    expect(format()).toMatchObject({ block: 'bullet', bold: false, link: false });
    run(() => firstText().select(0, 9));
    run(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'));
    expect(format()).toMatchObject({ block: 'bullet', bold: true, italic: false });
  });
});

describe('$applyLink', () => {
  it('links the selected words, changes the address, and removes the link', () => {
    run(() => firstText().select(14, 20));
    run(() => $applyLink(null, 'https://example.com/okafor'));
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow<ElementNode>().getChildren().map((node) => node.getType()))).toEqual(['text', 'link']);
    expect(editor.getEditorState().read($linkUrlAtSelection)).toBe('https://example.com/okafor');
    expect(format().link).toBe(true);

    run(() => $applyLink(null, 'https://example.com/profile'));
    expect(editor.getEditorState().read($linkUrlAtSelection)).toBe('https://example.com/profile');

    run(() => $applyLink(null, null));
    expect(editor.getEditorState().read($linkUrlAtSelection)).toBeNull();
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Questions for Okafor\n\nSecond line');
  });

  it('with nothing selected, inserts the address as the link’s text', () => {
    run(() => $applyLink(null, 'https://example.com'));
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getTextContent())).toBe('Questions for Okaforhttps://example.com');
    expect(editor.getEditorState().read($linkUrlAtSelection)).toBe('https://example.com');
  });

  it('applies to the selection taken before the focus went to the link field', () => {
    run(() => firstText().select(14, 20));
    const saved = editor.getEditorState().read(() => $getSelection()!.clone());
    run(() => $getRoot().getLastChildOrThrow<ElementNode>().selectEnd());
    run(() => $applyLink(saved, 'https://example.com/okafor'));
    const linked = editor.getEditorState().read(() => $nodesOfType(LinkNode).map((link) => [link.getTextContent(), link.getURL()]));
    expect(linked).toEqual([['Okafor', 'https://example.com/okafor']]);
  });
});
