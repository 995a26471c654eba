import { CHECKED_STATUSES, type FactCheck } from '../../../../shared/domain/fact-check';
import { statusLabel } from './describe';
import type { FactCheckExportData } from './export-data';

/**
 * schema.org ClaimReview as JSON-LD: one review per claim with a verdict (a status past "in
 * progress", or a rating). The scale is numbered best = highest, as schema.org's Rating reads
 * (bestRating, worstRating), and each rating keeps its words in `alternateName`, which is what
 * fact-check aggregators show. The claim's exact words and position travel as W3C Web
 * Annotation selectors, and the source's SHA-256 as an identifier of where it appeared.
 */

export const CLAIM_REVIEW_CONTEXT = ['https://schema.org', { oa: 'http://www.w3.org/ns/oa#' }] as const;

type Thing = Record<string, unknown>;

function isChecked(check: FactCheck): boolean {
  return check.rating !== null || (CHECKED_STATUSES as readonly string[]).includes(check.status);
}

/** Keys with no value are left out rather than written as null: schema.org has no null. */
function compact(thing: Thing): Thing {
  return Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== null && value !== undefined && value !== ''));
}

function claimAuthor(check: FactCheck): Thing {
  if (check.speaker) return { '@type': check.speaker.type === 'person' ? 'Person' : 'Organization', name: check.speaker.name };
  // No speaker named: the source asserts it, as its outlet, authors or title (the sheet's "asserting source").
  return { '@type': check.source.outlet || check.source.authors.length === 0 ? 'Organization' : 'Person', name: check.assertedBy };
}

function appearance(check: FactCheck): Thing {
  const source = check.source;
  return compact({
    '@type': 'CreativeWork',
    headline: source.title,
    url: source.url,
    datePublished: source.publishedDate,
    publisher: source.outlet ? { '@type': 'Organization', name: source.outlet } : null,
    author: source.authors.length ? source.authors.map((name) => ({ '@type': 'Person', name })) : null,
    identifier: { '@type': 'PropertyValue', propertyID: 'SHA-256', value: source.sha256 },
  });
}

function rating(check: FactCheck, scaleSize: number): Thing {
  if (!check.rating) return { '@type': 'Rating', alternateName: statusLabel(check) };
  return {
    '@type': 'Rating',
    ratingValue: scaleSize - check.rating.position,
    bestRating: scaleSize,
    worstRating: 1,
    alternateName: check.rating.label,
  };
}

export function claimReview(check: FactCheck, data: Pick<FactCheckExportData, 'investigation' | 'scale'>): Thing {
  return compact({
    '@type': 'ClaimReview',
    claimReviewed: check.span.exact,
    reviewRating: rating(check, Math.max(data.scale.length, (check.rating?.position ?? 0) + 1)),
    itemReviewed: compact({
      '@type': 'Claim',
      author: claimAuthor(check),
      datePublished: check.claimedOn ?? check.source.publishedDate,
      appearance: appearance(check),
      'oa:hasSelector': [
        { '@type': 'oa:TextQuoteSelector', 'oa:exact': check.span.exact, 'oa:prefix': check.span.prefix, 'oa:suffix': check.span.suffix },
        { '@type': 'oa:TextPositionSelector', 'oa:start': check.span.start, 'oa:end': check.span.end },
      ],
    }),
    author: check.checker ? { '@type': 'Person', name: check.checker } : { '@type': 'Organization', name: data.investigation },
    datePublished: check.checkedOn,
    reviewBody: check.notes.trim() || null,
  });
}

export function claimReviews(data: FactCheckExportData): { '@context': typeof CLAIM_REVIEW_CONTEXT; '@graph': Thing[] } {
  return { '@context': CLAIM_REVIEW_CONTEXT, '@graph': data.checks.filter(isChecked).map((check) => claimReview(check, data)) };
}
