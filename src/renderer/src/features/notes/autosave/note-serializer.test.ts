// @vitest-environment jsdom
import { INSERT_UNORDERED_LIST_COMMAND, registerList } from '@lexical/list';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { $createHeadingNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
  HISTORIC_TAG,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTE_NODES } from '../editor/note-editor-config';
import { NoteSerializer } from './note-serializer';

let editor: LexicalEditor;
let serializer: NoteSerializer;

beforeEach(() => {
  editor = createEditor({ namespace: 'test', nodes: [...NOTE_NODES], onError: (error) => { throw error; } });
  editor.setRootElement(document.createElement('div'));
  registerRichText(editor);
  registerList(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  serializer = new NoteSerializer();
  editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
    if (tags.has(HISTORIC_TAG)) serializer.invalidate();
    else serializer.noteUpdate(editorState, dirtyElements, dirtyLeaves);
  });
  run(() => {
    for (let index = 0; index < 30; index++) {
      $getRoot().append($createParagraphNode().append($createTextNode(`Paragraph ${index} about the harbour contract.`)));
    }
  });
});

const run = (fn: () => void) => editor.update(fn, { discrete: true });
const paragraph = (index: number) => $getRoot().getChildAtIndex<ElementNode>(index)!;
const expected = () => JSON.stringify(editor.getEditorState().toJSON());
const serialized = () => serializer.serialize(editor.getEditorState());

describe('NoteSerializer', () => {
  it('writes what toJSON writes, and keeps doing so as blocks are edited, added, moved and removed', () => {
    expect(serialized()).toBe(expected());
    const edits: (() => void)[] = [
      () => (paragraph(3).getFirstChild() as TextNode).setTextContent('Edited in place'),
      () => paragraph(5).append($createTextNode(' and more').toggleFormat('bold')),
      () => paragraph(0).insertBefore($createHeadingNode('h1').append($createTextNode('A heading'))),
      () => paragraph(10).remove(),
      () => paragraph(2).insertAfter(paragraph(20)),
      () => (paragraph(7).getFirstChild() as TextNode).splitText(4)[1]!.setFormat('italic'),
      () => paragraph(8).select(),
    ];
    for (const edit of edits) {
      run(edit);
      expect(serialized()).toBe(expected());
    }
    run(() => paragraph(12).selectEnd());
    editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    run(() => (paragraph(12) as ElementNode).getFirstDescendant<TextNode>()!.setTextContent('Now a list item'));
    expect(serialized()).toBe(expected());
  });

  it('catches a change inside a block that Lexical did not copy', () => {
    serialized();
    run(() => (paragraph(4).getFirstChild() as TextNode).setTextContent('Only the text changed'));
    expect(serialized()).toContain('Only the text changed');
  });

  it('starts over after an undo replaces the state', () => {
    serialized();
    run(() => (paragraph(1).getFirstChild() as TextNode).setTextContent('Typed'));
    serialized();
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    run(() => undefined);
    expect(serialized()).toBe(expected());
    expect(serialized()).not.toContain('Typed');
  });
});
