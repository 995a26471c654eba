import { CLAIM_STATUS_LABELS, type Span } from '../../../../shared/domain/annotation';
import { CHECK_METHOD_LABELS, type CitedSource, type Evidence, type FactCheck } from '../../../../shared/domain/fact-check';
import { dateInWords } from '../../analysis/suggestions/describe';

/** The phrases every format shares, so a CSV, a memo and a PDF word a claim the same way. */

/** “Škoda in Zürich”, The Ledger, 12 March 2026 */
export function citation(source: Pick<CitedSource, 'title' | 'outlet' | 'publishedDate'>): string {
  return [`“${source.title}”`, source.outlet, source.publishedDate ? dateInWords(source.publishedDate) : null].filter(Boolean).join(', ');
}

/**
 * Where the words are, as the W3C TextPositionSelector counts: code points of the source's
 * canonical text, the start included and the end not.
 */
export function positionText(span: Pick<Span, 'start' | 'end'>): string {
  return `characters ${span.start}–${span.end}`;
}

export function statusLabel(check: Pick<FactCheck, 'status'>): string {
  return CLAIM_STATUS_LABELS[check.status];
}

export function methodLabel(check: Pick<FactCheck, 'method'>): string {
  return check.method ? CHECK_METHOD_LABELS[check.method] : '';
}

/** The verdict in one phrase: "Misleading — rated Half true", or the status alone. */
export function verdictText(check: Pick<FactCheck, 'status' | 'rating'>): string {
  return check.rating ? `${statusLabel(check)} — rated ${check.rating.label}` : statusLabel(check);
}

/** One piece of evidence in words: what it cites, where, the reporter's comment, and whether it is gone. */
export function evidenceText(item: Evidence, sources: ReadonlyMap<number, CitedSource>): string {
  const source = item.sourceId === null ? undefined : sources.get(item.sourceId);
  const comment = item.kind === 'text' ? '' : item.text;
  let cited: string;
  switch (item.kind) {
    case 'annotation':
      cited = `“${item.cited}”${source ? ` (${citation(source)})` : ''}`;
      break;
    case 'source':
      cited = source ? `Source: ${citation(source)}` : `Source: “${item.cited}”`;
      break;
    case 'url':
      cited = item.url ?? item.cited;
      break;
    default:
      cited = item.text;
  }
  const gone = item.missing ? ` [${item.kind === 'annotation' ? 'span' : 'source'} since removed from the investigation]` : '';
  return `${cited}${gone}${comment ? ` — ${comment}` : ''}`;
}

/** The claim's people and date: "Škoda Auto, March 2026". */
export function claimantText(check: Pick<FactCheck, 'assertedBy' | 'claimedOn'>): string {
  return [check.assertedBy, check.claimedOn ? dateInWords(check.claimedOn) : null].filter(Boolean).join(', ');
}
