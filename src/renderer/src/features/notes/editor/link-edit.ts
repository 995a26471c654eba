import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getSelection, $isRangeSelection, $setSelection, type BaseSelection } from 'lexical';

/** The address of the link holding the caret (or the selection's end), if any. Call inside a read. */
export function $linkUrlAtSelection(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : null;
}

/**
 * Links the selection `saved` (taken before focus went to the link field) to `url`, changes
 * the address of the link it is in, or, with `url` null, removes the link. With nothing
 * selected outside a link, the address itself is inserted as the link's text. Call inside an update.
 */
export function $applyLink(saved: BaseSelection | null, url: string | null): void {
  if (saved) $setSelection(saved.clone());
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (url !== null && selection.isCollapsed() && $linkUrlAtSelection() === null) {
    const link = $createLinkNode(url, { rel: 'noreferrer' });
    link.append($createTextNode(url));
    selection.insertNodes([link]);
    return;
  }
  $toggleLink(url, { rel: 'noreferrer' });
}
