import type { CitedAnnotation } from '../../../../../shared/domain/cited-annotation';
import { formatPartialDate } from '../../../ui/format-date';

/** A quote card's lines: who said it (and how, and when), and where it was published. */
export interface Citation {
  speaker: string | null;
  /** "letter to employees · 12 March 2020": the channel and the date said, as far as known. */
  said: string;
  source: string;
  /** "The Globe · 3 May 2020": the source's outlet and publication date, as far as known. */
  published: string;
}

export function citationOf(cited: CitedAnnotation, speakerName: (id: number) => string | null): Citation {
  const { quote } = cited.annotation;
  const speaker = quote?.speakerId == null ? null : speakerName(quote.speakerId);
  const said = [quote?.channel || null, quote?.saidOn ? formatPartialDate(quote.saidOn) : null, quote && !quote.direct ? 'paraphrased' : null];
  const published = [cited.source.outlet, cited.source.publishedDate ? formatPartialDate(cited.source.publishedDate) : null];
  return { speaker, said: said.filter(Boolean).join(' · '), source: cited.source.title, published: published.filter(Boolean).join(' · ') };
}

/** The citation on one line, as the note's plain text keeps it: "José Müller, letter to employees · March 2020, in “Title”". */
export function citationLine(citation: Citation): string {
  const who = [citation.speaker, citation.said].filter(Boolean).join(', ');
  return [who, `in “${citation.source}”`].filter(Boolean).join(', ');
}

const OUTER_QUOTES: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“' };

/**
 * The quoted words without the quotation marks around them, when the tagged span includes
 * them: the card itself marks the quote. Marks that do not pair at both ends stay.
 */
export function quotedWords(exact: string): string {
  const text = exact.trim();
  const close = OUTER_QUOTES[text[0] ?? ''];
  if (!close || text.length < 2) return text;
  // The closing mark may be followed by the sentence's own comma or full stop; a comma just
  // inside it only says the sentence goes on ("…we agree,” she wrote), so it goes too.
  const match = new RegExp(`^.([\\s\\S]*)${escape(close)}[,.]?$`, 'u').exec(text);
  return match ? match[1]!.replace(/,$/, '').trim() : text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
