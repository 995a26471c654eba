import { z } from 'zod';
import { claimStatusSchema } from '../../../../shared/domain/annotation';
import { partialDateSchema } from '../../../../shared/domain/dates';
import { entityTypeSchema } from '../../../../shared/domain/entity';

/**
 * What is read of one annotation in a Web Annotation file: only the fields Sourcebook uses,
 * each bounded (unknown fields are dropped). A file comes from anywhere: another tool's
 * export, an edited copy, a hostile one. The JSON-LD compact form is read as written with
 * the W3C context; other shapes of the same graph (expanded, framed) are not understood.
 */
export const MAX_ANNOTATIONS = 100_000;
const MAX_BODIES = 200;
const MAX_SELECTORS = 20;
const MAX_EXACT = 100_000;
const MAX_CONTEXT = 10_000;
const MAX_NOTE = 20_000;
const MAX_EVENT_WHAT = 2000;

/** JSON-LD allows one value or an array of them for most terms. */
const oneOrMany = <T extends z.ZodType>(schema: T, max: number) =>
  z.union([z.array(schema).max(max), schema]).transform((value) => (Array.isArray(value) ? value : [value]) as Array<z.output<T>>);

const typeList = oneOrMany(z.string().max(200), 20);

const selectorSchema = z.object({
  type: typeList,
  exact: z.string().max(MAX_EXACT, `A quoted passage is longer than ${MAX_EXACT.toLocaleString('en')} characters`).optional(),
  prefix: z.string().max(MAX_CONTEXT).optional(),
  suffix: z.string().max(MAX_CONTEXT).optional(),
  start: z.number().int().nonnegative().max(1e9).optional(),
  end: z.number().int().nonnegative().max(1e9).optional(),
});

/** A body: a text (note, description), an entity as a resource, or something else ignored. */
const bodySchema = z.union([
  z.string().max(4096),
  z.object({
    type: typeList.optional(),
    purpose: oneOrMany(z.string().max(200), 10).optional(),
    value: z.string().optional(),
    'sourcebook:role': z.string().max(100).optional(),
    source: z
      .union([
        z.string().max(4096),
        z.object({
          id: z.string().max(4096).optional(),
          name: z.string().optional(),
          'sourcebook:entityType': entityTypeSchema.optional().catch(undefined),
        }),
      ])
      .optional(),
  }),
]);

const targetSchema = z.union([
  z.string().max(4096),
  z.object({
    source: z.union([z.string().max(4096), z.object({ id: z.string().max(4096) })]).optional(),
    selector: oneOrMany(selectorSchema, MAX_SELECTORS).optional(),
  }),
]);

const optionalDate = partialDateSchema.nullable().optional().catch(null);
const optionalShortText = z
  .string()
  .transform((value) => value.trim().slice(0, 500))
  .optional()
  .catch(undefined);

export const fileAnnotationSchema = z.object({
  id: z.string().max(4096).optional(),
  type: typeList,
  motivation: oneOrMany(z.string().max(200), 10).optional().catch(undefined),
  created: z.string().max(64).optional().catch(undefined),
  modified: z.string().max(64).optional().catch(undefined),
  bodyValue: z.string().max(MAX_NOTE, `A note is longer than ${MAX_NOTE.toLocaleString('en')} characters`).optional(),
  body: oneOrMany(bodySchema, MAX_BODIES).optional(),
  target: oneOrMany(targetSchema, 20),
  'sourcebook:kind': z.enum(['quote', 'mention', 'claim', 'event', 'comment']).optional().catch(undefined),
  'sourcebook:saidOn': optionalDate,
  'sourcebook:channel': optionalShortText,
  'sourcebook:addressedTo': optionalShortText,
  'sourcebook:direct': z.boolean().optional().catch(undefined),
  'sourcebook:status': claimStatusSchema.optional().catch(undefined),
  'sourcebook:claimedOn': optionalDate,
  'sourcebook:startsOn': optionalDate,
  'sourcebook:endsOn': optionalDate,
  'sourcebook:approximate': z.boolean().optional().catch(undefined),
});
export type FileAnnotation = z.output<typeof fileAnnotationSchema>;
export type FileBody = z.output<typeof bodySchema>;

export const LIMITS = { MAX_NOTE, MAX_EVENT_WHAT } as const;

/**
 * The first problem zod found, said plainly: where in the annotation, and what. When a value
 * could have had one of several shapes, the shape it came nearest to says what is wrong.
 */
export function describeIssue(error: z.ZodError): string {
  const issue = deepest(error.issues);
  if (!issue) return 'it is not a valid annotation';
  const message = issue.message.replace(/^Invalid input: /, '');
  return issue.path.length > 0 ? `it is malformed at ${issue.path.join('.')}: ${message}` : `it is malformed: ${message}`;
}

function deepest(issues: readonly z.core.$ZodIssue[], path: PropertyKey[] = []): z.core.$ZodIssue | undefined {
  let best: z.core.$ZodIssue | undefined;
  for (const issue of issues) {
    const here = [...path, ...issue.path];
    const candidate =
      issue.code === 'invalid_union' && issue.errors.length > 0
        ? deepest(issue.errors.flat(), here)
        : { ...issue, path: here };
    if (candidate && (!best || candidate.path.length > best.path.length)) best = candidate;
  }
  return best;
}
