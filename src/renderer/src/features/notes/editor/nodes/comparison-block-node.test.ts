// @vitest-environment jsdom
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor, type ParagraphNode } from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoteSerializer } from '../../autosave/note-serializer';
import { $insertBlockAtCaret } from '../insert-block';
import { NOTE_NODES, NOTE_THEME } from '../note-editor-config';
import { $createComparisonBlockNode, $isComparisonBlockNode } from './comparison-block-node';

const BLOCK = { comparisonId: 7, name: 'Why the contract: 2020 and 2026', columns: ['Tomas Lindqvist', 'Adaeze Okafor'] };

let editor: LexicalEditor;

function setUp(...lines: string[]) {
  editor = createEditor({ namespace: 'test', nodes: [...NOTE_NODES], theme: NOTE_THEME, onError: (error) => { throw error; } });
  editor.setRootElement(document.createElement('div'));
  registerRichText(editor);
  editor.update(
    () => {
      const root = $getRoot().clear();
      for (const line of lines) root.append($createParagraphNode().append(...(line ? [$createTextNode(line)] : [])));
    },
    { discrete: true },
  );
}

const stored = (children: unknown[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } });

beforeEach(() => setUp('Their reasons:', ''));

describe('a comparison block in a note', () => {
  it('is stored by id with a version and the name and headings it was inserted with, and read back the same', () => {
    editor.update(() => $getRoot().getLastChildOrThrow<ParagraphNode>().select(), { discrete: true });
    editor.update(() => $insertBlockAtCaret($createComparisonBlockNode(BLOCK)), { discrete: true });
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain(
      '{"type":"comparison-block","version":1,"comparisonId":7,"name":"Why the contract: 2020 and 2026","columns":["Tomas Lindqvist","Adaeze Okafor"]}',
    );

    setUp();
    editor.setEditorState(editor.parseEditorState(json), { tag: 'history-merge' });
    editor.getEditorState().read(() => {
      const [, block, after] = $getRoot().getChildren();
      expect($isComparisonBlockNode(block) && block.snapshot()).toEqual(BLOCK);
      expect(after?.getType()).toBe('paragraph');
      expect($getRoot().getTextContent()).toBe('Their reasons:\n\nComparison “Why the contract: 2020 and 2026”: Tomas Lindqvist | Adaeze Okafor');
    });
    expect(JSON.stringify(editor.getEditorState().toJSON())).toBe(json);
  });

  it('is written by the autosave’s serializer as toJSON writes it', () => {
    editor.update(() => $getRoot().append($createComparisonBlockNode(BLOCK)), { discrete: true });
    expect(new NoteSerializer().serialize(editor.getEditorState())).toBe(JSON.stringify(editor.getEditorState().toJSON()));
  });

  it('refuses what a stored note cannot mean, and keeps at most four headings', () => {
    const json = stored([
      { type: 'comparison-block', version: 1, comparisonId: 2.5, name: ['x'], columns: 'A, B' },
      { type: 'comparison-block', version: 1, comparisonId: 3, name: 'x'.repeat(300), columns: ['A', 5, 'C', 'D', 'E'] },
    ]);
    editor.setEditorState(editor.parseEditorState(json));
    editor.getEditorState().read(() => {
      const [bad, long] = $getRoot().getChildren();
      expect($isComparisonBlockNode(bad) && bad.snapshot()).toEqual({ comparisonId: 0, name: '', columns: [] });
      expect($isComparisonBlockNode(long) && long.snapshot()).toEqual({ comparisonId: 3, name: 'x'.repeat(200), columns: ['A', '', 'C', 'D'] });
    });
  });
});
