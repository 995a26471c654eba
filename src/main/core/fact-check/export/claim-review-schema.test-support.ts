import { z } from 'zod';

/**
 * schema.org's ClaimReview as strict zod schemas, written from the definitions at
 * https://schema.org/ClaimReview, /Claim, /Rating, /CreativeWork, /PropertyValue, /Person and
 * /Organization, and Google's ClaimReview guidelines (claimReviewed, reviewRating with
 * alternateName, itemReviewed as a Claim with author, appearance and datePublished). Strict: a
 * property schema.org does not define on that type fails, so a typo cannot slip through.
 */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'schema.org Date: ISO 8601, YYYY[-MM[-DD]]');
const url = z.url({ protocol: /^https?$/ });
const text = z.string().min(1);

const person = z.object({ '@type': z.literal('Person'), name: text }).strict();
const organization = z.object({ '@type': z.literal('Organization'), name: text }).strict();
const agent = z.union([person, organization]);

const propertyValue = z.object({ '@type': z.literal('PropertyValue'), propertyID: text, value: text }).strict();

const creativeWork = z
  .object({
    '@type': z.literal('CreativeWork'),
    headline: text,
    url: url.optional(),
    datePublished: isoDate.optional(),
    publisher: organization.optional(),
    author: z.array(person).optional(),
    identifier: propertyValue,
  })
  .strict();

/** The W3C Web Annotation selectors (http://www.w3.org/ns/oa#) the claim carries under the "oa" prefix. */
const quoteSelector = z.object({ '@type': z.literal('oa:TextQuoteSelector'), 'oa:exact': text, 'oa:prefix': z.string(), 'oa:suffix': z.string() }).strict();
const positionSelector = z
  .object({ '@type': z.literal('oa:TextPositionSelector'), 'oa:start': z.number().int().nonnegative(), 'oa:end': z.number().int().nonnegative() })
  .strict()
  .refine((s) => s['oa:end'] >= s['oa:start'], 'end before start');

const claim = z
  .object({
    '@type': z.literal('Claim'),
    author: agent,
    datePublished: isoDate.optional(),
    appearance: creativeWork,
    'oa:hasSelector': z.tuple([quoteSelector, positionSelector]),
  })
  .strict();

const rating = z.union([
  z
    .object({
      '@type': z.literal('Rating'),
      ratingValue: z.number().int(),
      bestRating: z.number().int(),
      worstRating: z.number().int(),
      alternateName: text,
    })
    .strict()
    .refine((r) => r.worstRating <= r.ratingValue && r.ratingValue <= r.bestRating, 'ratingValue outside worstRating–bestRating'),
  z.object({ '@type': z.literal('Rating'), alternateName: text }).strict(),
]);

export const claimReviewSchema = z
  .object({
    '@type': z.literal('ClaimReview'),
    claimReviewed: text,
    reviewRating: rating,
    itemReviewed: claim,
    author: agent,
    datePublished: isoDate.optional(),
    reviewBody: text.optional(),
    url: url.optional(),
  })
  .strict();

export const claimReviewDocumentSchema = z
  .object({
    '@context': z.tuple([z.literal('https://schema.org'), z.object({ oa: z.literal('http://www.w3.org/ns/oa#') }).strict()]),
    '@graph': z.array(claimReviewSchema),
  })
  .strict();
