import type { NameCandidate } from './classify';

// "Halifax-based", "London-listed", "Lagos-born": the capitalized part is a place.
const ATTACHED_PLACE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)-(?:based|born|bred|listed|headquartered|registered|area|bound)\b/gu;
// A dateline: "OTTAWA —", "PORT ALCOTT, Texas —", "ACCRA, Ghana (CWS) -" opening a paragraph.
const DATELINE = /(?:^|\n)(\p{Lu}{2,}(?:[ .'-]\p{Lu}{2,})*)(?=,? (?:[\p{Lu}][\p{L}. ]*)?(?:\([^)]*\) )?[—–-] |, \p{Lu})/gu;

/** Places a text marks by their form rather than their name: "Halifax-based", a dateline. */
export function attachedPlaces(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const pattern of [ATTACHED_PLACE, DATELINE]) {
    for (const match of text.matchAll(pattern)) {
      const place = match[1]!;
      const start = match.index + match[0].indexOf(place);
      const name = pattern === DATELINE ? place.toLowerCase().replace(/(^|[ .'-])\p{Ll}/gu, (letter) => letter.toUpperCase()) : place;
      found.push({ start, end: start + place.length, text: place, words: name.split(' '), titles: [], type: 'place', sentenceStart: false });
    }
  }
  return found;
}
