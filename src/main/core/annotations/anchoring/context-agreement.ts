import { sameFolded } from './fold';

/**
 * How many characters of a span's stored context still stand next to a candidate place:
 * the stored prefix read backwards from the candidate's start, the stored suffix forwards
 * from its end, each up to its first difference. Counted in UTF-16 units, typographic
 * differences folded. Equal to `prefix.length + suffix.length` when both sides agree whole.
 */
export function contextAgreement(text: string, unitStart: number, unitEnd: number, prefix: string, suffix: string): number {
  let before = 0;
  while (
    before < prefix.length &&
    unitStart - before > 0 &&
    sameFolded(prefix.charCodeAt(prefix.length - 1 - before), text.charCodeAt(unitStart - 1 - before))
  ) {
    before++;
  }
  let after = 0;
  while (after < suffix.length && unitEnd + after < text.length && sameFolded(suffix.charCodeAt(after), text.charCodeAt(unitEnd + after))) {
    after++;
  }
  return before + after;
}
