import type { Attribution } from './attribute';
import type { Quotation } from './find-quotations';

// Before the marks, these make the words a name or a term, not something said.
const NAMES_A_THING = /(?:so-called|called|titled|entitled|dubbed|named|known as|the term|the phrase|the word|the words|the slogan|the motto|the headline|the report|the book|the film|the documentary|the series|the programme|the program|the podcast|the campaign|the initiative|the operation|the project|the plan|the policy|the study|the song|the album|the play|the exhibition|the show|labelled|labeled|branded|marked|signs? reading|read)\s*$/i;

/**
 * Whether a quotation is something someone said or wrote, rather than scare quotes, a title or
 * a term: a quotation with a speaker always is; one without is if it reads as speech (more
 * than three words, not Title Case, and not introduced as a name).
 */
export function isQuote(quotation: Quotation, text: string, attribution: Attribution): boolean {
  const inner = text.slice(quotation.innerStart, quotation.innerEnd).trim();
  const before = text.slice(Math.max(0, quotation.start - 40), quotation.start);
  const words = inner.split(/\s+/).filter(Boolean);
  if (NAMES_A_THING.test(before)) return false;
  // One or two words in marks are a term ("devastated", "no record") unless they are a whole
  // reply of their own, attributed: “No,” she said.
  // The second part of an interrupted quote is as short as it likes: “We are,” she said, “not leaving.”
  if (words.length <= 2) return attribution.how !== 'none' && (/(?:^|[.!?]\s+|\n)$/.test(before) || /[”"]\s*[^“”"]{0,60}\b(?:said|says|wrote|added|continued|told [\p{L} ]{1,30}),\s*$/u.test(before));
  if (attribution.speaker !== null || attribution.how !== 'none') return true;
  if (words.length <= 3) return false;
  const titleCase = words.filter((word) => /^\p{L}/u.test(word)).every((word) => /^\p{Lu}/u.test(word) || /^(?:of|the|and|in|on|for|a|an|to|at|by)$/.test(word));
  if (titleCase && !/[.!?,]$/.test(inner)) return false;
  return true;
}
