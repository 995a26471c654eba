export interface ShownContext {
  before: string;
  after: string;
  /** Whether text was cut off there, to be shown as "…". */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The text either side of a match, as one line: context from another paragraph is dropped
 * (it reads as nonsense run together), runs of spaces and line breaks become one space, and a
 * side that was cut short by the length limit says so, without the broken word at the cut.
 */
export function shownContext(before: string, after: string, limit: number): ShownContext {
  const paragraphBefore = before.lastIndexOf('\n');
  const paragraphAfter = after.indexOf('\n');
  const cutBefore = paragraphBefore === -1 && before.length >= limit;
  const cutAfter = paragraphAfter === -1 && after.length >= limit;
  let keptBefore = (paragraphBefore === -1 ? before : before.slice(paragraphBefore + 1)).replace(/\s+/g, ' ').trimStart();
  let keptAfter = (paragraphAfter === -1 ? after : after.slice(0, paragraphAfter)).replace(/\s+/g, ' ').trimEnd();
  if (cutBefore) keptBefore = keptBefore.slice(keptBefore.indexOf(' ') + 1);
  if (cutAfter && keptAfter.lastIndexOf(' ') > 0) keptAfter = keptAfter.slice(0, keptAfter.lastIndexOf(' '));
  return { before: keptBefore, after: keptAfter, cutBefore, cutAfter };
}
