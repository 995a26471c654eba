import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getSelection, $setSelection, type BaseSelection } from 'lexical';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { CitedAnnotation } from '../../../../shared/domain/cited-annotation';
import type { ComparisonSummary } from '../../../../shared/domain/comparison';
import type { NoteDetail } from '../../../../shared/domain/note';
import { useTagging } from '../tagging/tagging-context';
import type { NoteSnapshot } from './autosave/note-autosave';
import { useNoteAutosave } from './autosave/use-note-autosave';
import { focusText } from './editor/focus-text';
import { LinkBar, type LinkEdit } from './editor/LinkBar';
import { $linkUrlAtSelection } from './editor/link-edit';
import { isLinkableUrl } from './editor/link-url';
import { NOTE_MARKDOWN_SHORTCUTS, NOTE_NODES, NOTE_THEME } from './editor/note-editor-config';
import { $insertBlockAtCaret } from './editor/insert-block';
import { MentionsPlugin } from './editor/MentionsPlugin';
import type { NoteDialogs } from './editor/note-actions';
import { $createComparisonBlockNode } from './editor/nodes/comparison-block-node';
import { $createQuoteCardNode } from './editor/nodes/quote-card-node';
import { NoteShortcutsPlugin } from './editor/NoteShortcutsPlugin';
import { NoteToolbar } from './editor/NoteToolbar';
import { useToolbarState } from './editor/use-toolbar-state';
import { citationLine, citationOf } from './embeds/citation';
import { ComparisonPickerDialog } from './embeds/ComparisonPickerDialog';
import { QuotePickerDialog } from './embeds/QuotePickerDialog';
import { NoteBanners } from './NoteBanners';
import { NoteErrorBoundary } from './NoteErrorBoundary';
import { NoteTitleField } from './NoteTitleField';
import { SaveStatus } from './SaveStatus';

const PLACEHOLDER =
  'Write here. Type @ to mention an entity; headings, lists, quote cards and comparisons are on the toolbar; Markdown such as ## or - works too.';

export interface NoteEditorProps {
  note: NoteDetail;
  /** The title as the list knows it (it follows renames made in other windows). */
  title: string;
  /** A note just created: its title is selected, ready to be typed over. */
  focusTitle: boolean;
  /** The note was deleted elsewhere: keep the text on screen as a new note. */
  onKeepAsNew(title: string, text: NoteSnapshot): void;
}

/**
 * One note: its title, the formatting toolbar and the rich text, saved as it is typed. Memoized:
 * the list reloading after each save must not re-render the editor while the reporter types.
 */
export const NoteEditor = memo(function NoteEditor(props: NoteEditorProps) {
  const { content } = props.note;
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'note',
      nodes: [...NOTE_NODES],
      theme: NOTE_THEME,
      onError: (error) => console.error('The note editor failed to apply a change:', error),
      editorState: content,
    }),
    [content],
  );
  return (
    <NoteErrorBoundary>
      <LexicalComposer initialConfig={initialConfig}>
        <NoteSurface {...props} />
      </LexicalComposer>
    </NoteErrorBoundary>
  );
});

function NoteSurface({ note, title, focusTitle, onKeepAsNew }: NoteEditorProps) {
  const [editor] = useLexicalComposerContext();
  const autosave = useNoteAutosave(editor, note);
  const toolbarState = useToolbarState(editor);
  const toolbar = useRef<HTMLDivElement>(null);
  const [linkEdit, setLinkEdit] = useState<LinkEdit | null>(null);
  const keepAsNew = useCallback(() => onKeepAsNew(title, autosave.snapshot()), [onKeepAsNew, title, autosave]);

  const { entitiesById } = useTagging();
  // Where the caret was when the quote picker opened: the card goes there.
  const [quotePickerAt, setQuotePickerAt] = useState<{ selection: BaseSelection | null } | null>(null);
  // Likewise for the comparison picker.
  const [comparisonPickerAt, setComparisonPickerAt] = useState<{ selection: BaseSelection | null } | null>(null);

  const dialogs = useMemo<NoteDialogs>(() => {
    const currentSelection = () => editor.getEditorState().read(() => $getSelection()?.clone() ?? null, { editor });
    return {
      editLink: () => setLinkEdit(editor.getEditorState().read(() => ({ selection: $getSelection()?.clone() ?? null, url: $linkUrlAtSelection() }), { editor })),
      insertQuoteCard: () => setQuotePickerAt({ selection: currentSelection() }),
      insertComparison: () => setComparisonPickerAt({ selection: currentSelection() }),
    };
  }, [editor]);

  const insertQuoteCard = useCallback(
    (cited: CitedAnnotation) => {
      const selection = quotePickerAt?.selection ?? null;
      setQuotePickerAt(null);
      const citation = citationLine(citationOf(cited, (id) => entitiesById.get(id)?.name ?? null));
      editor.update(() => {
        if (selection) $setSelection(selection);
        $insertBlockAtCaret(
          $createQuoteCardNode({ annotationId: cited.annotation.id, sourceId: cited.source.id, quote: cited.annotation.span.exact, citation }),
        );
      });
      focusText(editor);
    },
    [editor, entitiesById, quotePickerAt],
  );

  const insertComparison = useCallback(
    (comparison: ComparisonSummary) => {
      const selection = comparisonPickerAt?.selection ?? null;
      setComparisonPickerAt(null);
      editor.update(() => {
        if (selection) $setSelection(selection);
        $insertBlockAtCaret($createComparisonBlockNode({ comparisonId: comparison.id, name: comparison.name, columns: comparison.columnLabels }));
      });
      focusText(editor);
    },
    [editor, comparisonPickerAt],
  );

  return (
    <article className="note" aria-label={title}>
      <div className="note-bar">
        <NoteToolbar ref={toolbar} editor={editor} state={toolbarState} dialogs={dialogs} />
        <SaveStatus status={autosave.status} />
      </div>
      {linkEdit ? <LinkBar editor={editor} edit={linkEdit} onClose={() => setLinkEdit(null)} /> : null}
      <NoteBanners autosave={autosave} onKeepAsNew={keepAsNew} />
      <div className="note-scroll">
        <div className="note-page">
          <NoteTitleField id={note.id} title={title} autoFocus={focusTitle} onDone={() => focusText(editor)} />
          <div className="note-text-wrap">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="note-text"
                  aria-label="Note text"
                  aria-placeholder={PLACEHOLDER}
                  placeholder={<div className="note-placeholder">{PLACEHOLDER}</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isLinkableUrl} />
      <MarkdownShortcutPlugin transformers={NOTE_MARKDOWN_SHORTCUTS} />
      <NoteShortcutsPlugin dialogs={dialogs} toolbar={toolbar} />
      <MentionsPlugin />
      {quotePickerAt ? (
        <QuotePickerDialog
          onChoose={insertQuoteCard}
          onClose={() => {
            setQuotePickerAt(null);
            focusText(editor);
          }}
        />
      ) : null}
      {comparisonPickerAt ? (
        <ComparisonPickerDialog
          onChoose={insertComparison}
          onClose={() => {
            setComparisonPickerAt(null);
            focusText(editor);
          }}
        />
      ) : null}
    </article>
  );
}
