import type { LexicalEditor } from 'lexical';

/**
 * Back to the text, where the caret was. Lexical's focus() restores its selection but only
 * moves the focus when that selection changes the page's, which it does not when the caret
 * never left (a toolbar button took the focus, not the selection): so focus the root too.
 */
export function focusText(editor: LexicalEditor): void {
  editor.focus();
  editor.getRootElement()?.focus({ preventScroll: true });
}
