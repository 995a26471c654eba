// @vitest-environment jsdom
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isParagraphNode, createEditor, type LexicalEditor } from 'lexical';
import { beforeEach, describe, expect, it } from 'vitest';
import { $insertBlockAtCaret } from '../insert-block';
import { NOTE_NODES, NOTE_THEME } from '../note-editor-config';
import { $createEntityMentionNode, $isEntityMentionNode } from './entity-mention-node';
import { $createQuoteCardNode, $isQuoteCardNode } from './quote-card-node';

const CARD = { annotationId: 42, sourceId: 3, quote: '“We agree,”', citation: 'Adaeze Okafor, in “Halden drops contract”' };

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

const blocks = () => editor.getEditorState().read(() => $getRoot().getChildren().map((node) => `${node.getType()}:${node.getTextContent()}`));

beforeEach(() => setUp('Call '));

describe('mentions and quote cards in a note', () => {
  it('are stored by id with the words they showed, and read back the same', () => {
    editor.update(
      () => {
        const line = $getRoot().getFirstChildOrThrow<import('lexical').ParagraphNode>();
        line.append($createEntityMentionNode(5, 'Adaeze Okafor'), $createTextNode(' today.'));
        $getRoot().append($createQuoteCardNode(CARD));
      },
      { discrete: true },
    );
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('{"type":"entity-mention","version":1,"entityId":5,"name":"Adaeze Okafor"}');
    expect(json).toContain('"type":"quote-card"');

    setUp();
    editor.setEditorState(editor.parseEditorState(json), { tag: 'history-merge' });
    editor.getEditorState().read(() => {
      const [line, card] = $getRoot().getChildren();
      const mention = (line as import('lexical').ParagraphNode).getChildren()[1];
      expect($isEntityMentionNode(mention) && [mention.getEntityId(), mention.getName()]).toEqual([5, 'Adaeze Okafor']);
      expect($isQuoteCardNode(card) && card.snapshot()).toEqual(CARD);
      expect($getRoot().getTextContent()).toBe('Call Adaeze Okafor today.\n\n“We agree,” — Adaeze Okafor, in “Halden drops contract”');
    });
  });

  it('refuse what a stored note cannot mean: ids that are not positive integers, text that is not text', () => {
    const json = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [{ type: 'quote-card', version: 1, annotationId: -4, sourceId: '3', quote: 12, citation: null }],
      },
    });
    editor.setEditorState(editor.parseEditorState(json));
    editor.getEditorState().read(() => {
      const card = $getRoot().getFirstChild();
      expect($isQuoteCardNode(card) && card.snapshot()).toEqual({ annotationId: 0, sourceId: 0, quote: '', citation: '' });
    });
  });

  it('put a card in place of the empty line the caret is on, with a line after it for the caret', () => {
    setUp('She wrote:', '');
    editor.update(() => $getRoot().getLastChildOrThrow<import('lexical').ParagraphNode>().select(), { discrete: true });
    editor.update(() => $insertBlockAtCaret($createQuoteCardNode(CARD)), { discrete: true });
    expect(blocks()).toEqual(['paragraph:She wrote:', 'quote-card:“We agree,” — Adaeze Okafor, in “Halden drops contract”', 'paragraph:']);
    editor.getEditorState().read(() => {
      const caretIn = $getSelection()!.getNodes()[0]!;
      expect($isParagraphNode(caretIn) && caretIn.getPreviousSibling()?.getType()).toBe('quote-card');
    });
  });

  it('split the line at the caret when it has words', () => {
    setUp('Before after');
    editor.update(() => $getRoot().getFirstDescendant<import('lexical').TextNode>()!.select(7, 7), { discrete: true });
    editor.update(() => $insertBlockAtCaret($createQuoteCardNode(CARD)), { discrete: true });
    expect(blocks()).toEqual(['paragraph:Before ', 'quote-card:“We agree,” — Adaeze Okafor, in “Halden drops contract”', 'paragraph:after']);
  });
});
