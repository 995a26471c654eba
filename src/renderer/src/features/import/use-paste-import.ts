import { useEffect } from 'react';
import { useImport } from './import-context';

/** Typing places where a paste belongs to the field, not to the import. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/**
 * While active (the Sources view), pasting outside any field imports the clipboard as a new
 * source: the rich version when there is one (sanitized by the services), else plain text.
 */
export function usePasteImport(active: boolean): void {
  const importer = useImport();
  useEffect(() => {
    if (!active) return;
    const onPaste = (event: ClipboardEvent) => {
      // A paste behind an open dialog is not meant for the investigation.
      if (isEditable(event.target) || !event.clipboardData || document.querySelector('dialog[open]')) return;
      const html = event.clipboardData.getData('text/html');
      const text = event.clipboardData.getData('text/plain');
      if (!html.trim() && !text.trim()) return;
      event.preventDefault();
      importer.importPaste({ ...(html.trim() ? { html } : {}), ...(text.trim() ? { text } : {}) });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [active, importer]);
}
