import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { $makeParagraphs, $toggleBlock, type SelectionFormat } from './block-format';

/** What the editor opens over the text: the link bar, the quote picker and the comparison picker. */
export interface NoteDialogs {
  editLink(): void;
  insertQuoteCard(): void;
  insertComparison(): void;
}

export interface NoteActionContext {
  editor: LexicalEditor;
  /** The selection's format when the action runs. */
  format: SelectionFormat;
  dialogs: NoteDialogs;
}

export type NoteActionId = 'h1' | 'h2' | 'bullet' | 'number' | 'quote' | 'bold' | 'italic' | 'underline' | 'link' | 'quote-card' | 'comparison' | 'undo' | 'redo';

export interface NoteAction {
  id: NoteActionId;
  label: string;
  /** "Mod+B" style, shown in the button's tooltip (Ctrl/Cmd+K is the command palette). */
  shortcut: string;
  /** Lexical binds these keys itself; the tooltip shows them, the shortcut plugin leaves them. */
  boundByLexical?: boolean;
  pressed?(format: SelectionFormat): boolean;
  run(context: NoteActionContext): void;
}

const toggleBlock = (kind: 'h1' | 'h2' | 'quote') => ({ editor, format }: NoteActionContext) =>
  editor.update(() => $toggleBlock(kind, format.block));

/** The toolbar's buttons, in groups, in the order they are shown. */
export const NOTE_ACTION_GROUPS: readonly (readonly NoteAction[])[] = [
  [
    { id: 'h1', label: 'Heading', shortcut: 'Mod+Alt+1', pressed: (f) => f.block === 'h1', run: toggleBlock('h1') },
    { id: 'h2', label: 'Subheading', shortcut: 'Mod+Alt+2', pressed: (f) => f.block === 'h2', run: toggleBlock('h2') },
  ],
  [
    {
      id: 'bullet',
      label: 'Bulleted list',
      shortcut: 'Mod+Shift+8',
      pressed: (f) => f.block === 'bullet',
      run: ({ editor, format }) =>
        editor.dispatchCommand(format.block === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined),
    },
    {
      id: 'number',
      label: 'Numbered list',
      shortcut: 'Mod+Shift+7',
      pressed: (f) => f.block === 'number',
      run: ({ editor, format }) =>
        editor.dispatchCommand(format.block === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined),
    },
    { id: 'quote', label: 'Block quote', shortcut: 'Mod+Shift+9', pressed: (f) => f.block === 'quote', run: toggleBlock('quote') },
  ],
  [
    { id: 'bold', label: 'Bold', shortcut: 'Mod+B', boundByLexical: true, pressed: (f) => f.bold, run: ({ editor }) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold') },
    { id: 'italic', label: 'Italic', shortcut: 'Mod+I', boundByLexical: true, pressed: (f) => f.italic, run: ({ editor }) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic') },
    {
      id: 'underline',
      label: 'Underline',
      shortcut: 'Mod+U',
      boundByLexical: true,
      pressed: (f) => f.underline,
      run: ({ editor }) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'),
    },
  ],
  [
    { id: 'link', label: 'Link', shortcut: 'Mod+Shift+L', pressed: (f) => f.link, run: ({ dialogs }) => dialogs.editLink() },
    // Q as in the reader, where Ctrl/Cmd+Shift+Q tags a quote: here it brings one in.
    { id: 'quote-card', label: 'Insert quote card', shortcut: 'Mod+Shift+Q', run: ({ dialogs }) => dialogs.insertQuoteCard() },
    // M for matching statements up; Ctrl/Cmd+Shift+C tags a claim in the reader, so not C.
    { id: 'comparison', label: 'Insert comparison', shortcut: 'Mod+Shift+M', run: ({ dialogs }) => dialogs.insertComparison() },
  ],
  [
    { id: 'undo', label: 'Undo', shortcut: 'Mod+Z', boundByLexical: true, run: ({ editor }) => editor.dispatchCommand(UNDO_COMMAND, undefined) },
    { id: 'redo', label: 'Redo', shortcut: 'Mod+Shift+Z', boundByLexical: true, run: ({ editor }) => editor.dispatchCommand(REDO_COMMAND, undefined) },
  ],
];

export const NOTE_ACTIONS: readonly NoteAction[] = NOTE_ACTION_GROUPS.flat();

/** Back to plain text from a heading or quote; a key only, the toggles cover it on the toolbar. */
export const PARAGRAPH_ACTION = { shortcut: 'Mod+Alt+0', run: (editor: LexicalEditor) => editor.update(() => $makeParagraphs()) };

/** Moves focus from the text to the toolbar, as in other editors; Escape goes back. */
export const FOCUS_TOOLBAR_SHORTCUT = 'Alt+F10';
