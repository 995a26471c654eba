import { describe, expect, it } from 'vitest';
import { claimReviewDocumentSchema } from './claim-review-schema.test-support';
import { claimReviews } from './claim-review';
import { readExportData } from './export-data';
import { exportFactCheckFile } from './export-file';
import { exportFixture, expectGolden, NON_LATIN } from './test-support';

describe('the ClaimReview export', () => {
  it('is valid schema.org ClaimReview JSON-LD and matches the golden file', async () => {
    const file = await exportFactCheckFile(await exportFixture(), 'claimreview');
    expect(file).toMatchObject({ fileName: 'Investigation fact-check.claimreview.jsonld', mimeType: 'application/ld+json', encoding: 'utf-8' });
    const parsed = claimReviewDocumentSchema.safeParse(JSON.parse(file.content));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expectGolden('fact-check.claimreview.jsonld', file.content);
    for (const word of NON_LATIN) expect(file.content).toContain(word);
  });

  it('reviews only claims with a verdict, with the rating’s words and place on the scale, and the claim where it appeared', async () => {
    const data = await exportFixture();
    const graph = claimReviews(data)['@graph'] as Array<Record<string, any>>;
    const { doubled, exports } = data.story.claims;
    expect(graph.map((review) => review.itemReviewed['oa:hasSelector'][1]['oa:start'])).toEqual(
      [doubled, exports].map((id) => data.checks.find((check) => check.claimId === id)!.span.start),
    );
    const [first, second] = graph;
    expect(first).toMatchObject({
      claimReviewed: 'its Zürich plant doubled output in 2025',
      reviewRating: { ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Half true' },
      author: { '@type': 'Person', name: 'Jiří Novák' },
      datePublished: '2026-03-14',
      itemReviewed: {
        author: { '@type': 'Organization', name: 'Škoda Auto' },
        datePublished: '2026-03-12',
        appearance: { headline: 'Škoda in Zürich', url: 'https://ledger.example/skoda?a=1&b=2', publisher: { name: 'The Ledger' } },
      },
    });
    expect(second!.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'False' });
    expect(second!.itemReviewed.appearance.identifier.value).toBe(data.checks[1]!.source.sha256);
  });

  it('names the investigation as author when no checker is given, and the status when there is no rating', async () => {
    const data = await exportFixture();
    const { db, claims } = data.story;
    db.prepare("UPDATE claim SET status = 'unverifiable' WHERE annotation_id = ?").run(claims.grew);
    const review = (claimReviews(readExportData(db))['@graph'] as Array<Record<string, any>>).find((r) => r.claimReviewed.includes('grew by half'))!;
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Investigation' });
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Letter from the works council' });
    expect(review).not.toHaveProperty('datePublished');
    expect(claimReviewDocumentSchema.safeParse(claimReviews(readExportData(db))).success).toBe(true);
  });

  it('is checked by a schema that can fail: an unknown property, a rating off its scale, a claim without appearance', async () => {
    const document = claimReviews(await exportFixture()) as { '@graph': Array<Record<string, any>> };
    const broken = (change: (review: Record<string, any>) => void) => {
      const copy = structuredClone(document);
      change(copy['@graph'][0]!);
      return claimReviewDocumentSchema.safeParse(copy).success;
    };
    expect(broken(() => undefined)).toBe(true);
    expect(broken((review) => (review.claimReviewd = review.claimReviewed))).toBe(false);
    expect(broken((review) => (review.reviewRating.ratingValue = 9))).toBe(false);
    expect(broken((review) => delete review.itemReviewed.appearance)).toBe(false);
    expect(broken((review) => (review.datePublished = '14 March 2026'))).toBe(false);
  });
});
