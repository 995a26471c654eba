import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationKind } from '../../../../shared/domain/annotation';
import type { SourceDetail } from '../../../../shared/domain/source';
import { shortcutLabel } from '../../app/shortcut-label';
import type { CodePointIndex } from '../reader/code-points';
import { domPointToOffset, rangeToOffsets } from '../reader/dom-offsets';
import { annotationsAt } from './annotations-at';
import { summarise, TAG_KINDS } from './kinds';
import { useTagging } from './tagging-context';
import { trimSpan } from './trim-span';
import { useAnnotationHighlights } from './use-annotation-highlights';
import { useAnnotations } from './use-annotations';
import { isTyping } from '../../ui/is-typing';

/** Asks the app to show the inspector, where a new or clicked annotation is edited. */
export const SHOW_INSPECTOR_EVENT = 'sourcebook:show-inspector';

interface PendingSelection {
  start: number;
  end: number;
  /** Where to put the toolbar, in viewport coordinates. */
  top: number;
  left: number;
}

/** Something else painted on the text (a suggestion): said on hover, opened by a click. */
export interface TextOverlayItem {
  start: number;
  end: number;
  line: string;
  open(): void;
}


/**
 * Tagging on top of the reader: annotations painted on the text, a toolbar over any selection
 * (and the same choices on the keyboard: Q, E, C, T, N, or Ctrl/Cmd+Shift+ the letter), a
 * summary on hover, and a click that opens an annotation in the inspector. What else the reader
 * paints (suggestions) is said on hover and opened by a click here too, so one place decides.
 */
export function TaggingLayer({ source, text, container, renderVersion, overlayAt }: {
  source: SourceDetail;
  text: CodePointIndex;
  container: HTMLElement | null;
  renderVersion: number;
  /** What else is painted at a place: hovering says it too, and a click opens the innermost of all. */
  overlayAt?: (offset: number) => TextOverlayItem[];
}) {
  const tagging = useTagging();
  const annotations = useAnnotations(source.id);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; lines: string[] } | null>(null);
  const menuOpen = useRef(false);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const selectedId = tagging.selected?.sourceId === source.id ? tagging.selected.annotationId : null;
  useAnnotationHighlights(container, annotations, tagging.entitiesById, selectedId, renderVersion);

  // The toolbar follows the selection while it lies in the text.
  useEffect(() => {
    if (!container) return;
    const onSelectionChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        if (!menuOpen.current) setPending(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return setPending(null);
      const offsets = rangeToOffsets(range);
      const trimmed = offsets ? trimSpan(text.slice, offsets.start, offsets.end) : null;
      if (!trimmed) return setPending(null);
      const rect = range.getBoundingClientRect();
      setPending({ ...trimmed, top: rect.top, left: rect.left + rect.width / 2 });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [container, text]);

  const tagSelection = useCallback(
    async (kind: AnnotationKind) => {
      if (!pending) return;
      setMenu(null);
      menuOpen.current = false;
      const exact = text.slice(pending.start, pending.end);
      document.getSelection()?.removeAllRanges();
      setPending(null);
      const created = await tagging.tag(kind, source.id, { start: pending.start, end: pending.end, exact, prefix: '', suffix: '' });
      if (created) window.dispatchEvent(new Event(SHOW_INSPECTOR_EVENT));
    },
    [pending, tagging, source.id, text],
  );

  // Q, E, C, T, N with text selected in the reader; Ctrl/Cmd+Shift+ the letter also works.
  useEffect(() => {
    if (!pending) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
      const chord = (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey;
      if (!plain && !chord) return;
      const info = TAG_KINDS.find((candidate) => candidate.key === event.key.toUpperCase());
      if (!info) return;
      event.preventDefault();
      void tagSelection(info.kind);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [pending, tagSelection]);

  const offsetAtPoint = useCallback((x: number, y: number): number | null => {
    const position = document.caretPositionFromPoint?.(x, y);
    if (!position || !container?.contains(position.offsetNode)) return null;
    return domPointToOffset(position.offsetNode, position.offset);
  }, [container]);

  // Hover: what is tagged (or suggested) here. Click: open the innermost of them.
  useEffect(() => {
    if (!container) return;
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const offset = offsetAtPoint(event.clientX, event.clientY);
        const here = offset === null ? [] : annotationsAt(annotations, offset);
        const others = offset === null || !overlayAt ? [] : overlayAt(offset);
        const lines = [...here.map((annotation) => summarise(annotation, tagging.entitiesById)), ...others.map((item) => item.line)];
        setHover(lines.length === 0 ? null : { x: event.clientX, y: event.clientY, lines });
      });
    };
    const onLeave = () => setHover(null);
    const onClick = (event: MouseEvent) => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const offset = offsetAtPoint(event.clientX, event.clientY);
      if (offset === null) return;
      const [innermost] = annotationsAt(annotations, offset);
      const other = (overlayAt?.(offset) ?? []).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      // The shorter span is the more specific; an annotation wins a tie over a suggestion.
      if (other && (!innermost || other.end - other.start < innermost.anchor.end - innermost.anchor.start)) {
        other.open();
        return;
      }
      if (!innermost) return;
      tagging.select({ annotationId: innermost.id, sourceId: source.id });
      window.dispatchEvent(new Event(SHOW_INSPECTOR_EVENT));
    };
    const onContextMenu = (event: MouseEvent) => {
      if (!pending) return;
      event.preventDefault();
      menuOpen.current = true;
      setMenu({ x: event.clientX, y: event.clientY });
    };
    container.addEventListener('mousemove', onMove);
    container.addEventListener('mouseleave', onLeave);
    container.addEventListener('click', onClick);
    container.addEventListener('contextmenu', onContextMenu);
    return () => {
      cancelAnimationFrame(frame);
      container.removeEventListener('mousemove', onMove);
      container.removeEventListener('mouseleave', onLeave);
      container.removeEventListener('click', onClick);
      container.removeEventListener('contextmenu', onContextMenu);
    };
  }, [container, annotations, tagging, source.id, offsetAtPoint, pending, overlayAt]);

  useEffect(() => {
    if (!menu) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      menuOpen.current = false;
      setMenu(null);
    };
    window.addEventListener('keydown', close);
    window.addEventListener('scroll', close, true);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('scroll', close, true);
    };
  }, [menu]);

  const orphans = annotations.filter((annotation) => annotation.anchor.state === 'orphaned');

  return (
    <>
      {pending && !menu ? (
        <div
          className="tag-toolbar"
          role="toolbar"
          aria-label="Tag the selected text"
          style={{ top: Math.max(8, pending.top - 48), left: pending.left }}
          onMouseDown={(event) => event.preventDefault()}
        >
          {TAG_KINDS.map((info) => (
            <button
              key={info.kind}
              type="button"
              className={`tag-button tag-button-${info.kind}`}
              title={`${info.description} (${info.key}, or ${shortcutLabel(`Mod+Shift+${info.key}`)})`}
              onClick={() => void tagSelection(info.kind)}
            >
              <span className={`tag-swatch tag-swatch-${info.kind}`} aria-hidden="true" />
              {info.label}
              <kbd>{info.key}</kbd>
            </button>
          ))}
        </div>
      ) : null}
      {menu && pending ? (
        <ul className="menu tag-menu" role="menu" aria-label="Tag as" style={{ top: menu.y, left: menu.x }} onMouseDown={(event) => event.preventDefault()}>
          {TAG_KINDS.map((info) => (
            <li key={info.kind} role="none">
              <button type="button" role="menuitem" className="row-button" onClick={() => void tagSelection(info.kind)}>
                <span className={`tag-swatch tag-swatch-${info.kind}`} aria-hidden="true" />
                <span>Tag as {info.label.toLowerCase()}</span>
                <kbd>{info.key}</kbd>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hover && !pending ? (
        <div className="tag-hover" role="tooltip" style={{ top: hover.y + 18, left: hover.x + 12 }}>
          {hover.lines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      ) : null}
      {orphans.length > 0 ? (
        <details className="orphans">
          <summary>
            {orphans.length === 1 ? '1 annotation could not be placed' : `${orphans.length} annotations could not be placed`} in this text
          </summary>
          <ul>
            {orphans.map((annotation) => (
              <li key={annotation.id}>
                <button type="button" className="link-button" onClick={() => tagging.select({ annotationId: annotation.id, sourceId: source.id })}>
                  {summarise(annotation, tagging.entitiesById)}
                </button>
                <q>{annotation.span.exact}</q>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
