import type { BaseSelection, LexicalEditor } from 'lexical';
import { useState } from 'react';
import { focusText } from './focus-text';
import { $applyLink } from './link-edit';
import { normalizeLinkUrl } from './link-url';

/** The selection a link is being made for, taken before the focus left the text. */
export interface LinkEdit {
  selection: BaseSelection | null;
  /** The address of the link the selection is in, when it is in one. */
  url: string | null;
}

/**
 * A one-line field under the toolbar for a link's address (not a modal: the note stays in
 * view). Enter applies, Escape cancels; either way the focus goes back to the text.
 */
export function LinkBar({ editor, edit, onClose }: { editor: LexicalEditor; edit: LinkEdit; onClose(): void }) {
  const [draft, setDraft] = useState(edit.url ?? '');
  const [error, setError] = useState<string | null>(null);

  function finish(url: string | null | undefined) {
    editor.update(() => {
      if (url !== undefined) $applyLink(edit.selection, url);
    });
    onClose();
    focusText(editor);
  }

  return (
    <form
      className="link-bar"
      onSubmit={(event) => {
        event.preventDefault();
        const url = normalizeLinkUrl(draft);
        if (url === null) setError('A link is a web address (https://…) or mailto:');
        else finish(url);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        finish(undefined);
      }}
    >
      <label className="link-bar-field">
        <span>Link to</span>
        <input
          // The bar opens because the reporter asked for it: the field is where they type next.
          autoFocus
          type="text"
          inputMode="url"
          value={draft}
          placeholder="https://…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'link-bar-error' : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
        />
      </label>
      <button type="submit" className="button button-small button-primary">
        {edit.url ? 'Change' : 'Add link'}
      </button>
      {edit.url ? (
        <button type="button" className="button button-small" onClick={() => finish(null)}>
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button-small" onClick={() => finish(undefined)}>
        Cancel
      </button>
      {error ? (
        <span id="link-bar-error" className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
