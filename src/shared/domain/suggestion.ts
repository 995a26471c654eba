import { z } from 'zod';
import { spanSchema } from './annotation';
import { entityIdSchema, entityTypeSchema } from './entity';
import { partialDateSchema } from './dates';
import { sourceIdSchema } from './source';

export const suggestionIdSchema = z.number().int().positive();
export type SuggestionId = z.infer<typeof suggestionIdSchema>;

/** What the analysis suggests: a mention of an entity (by its type), an attributed quote, or a dated event. */
export const suggestionKindSchema = z.enum(['person', 'organisation', 'place', 'money', 'date', 'quote', 'event']);
export type SuggestionKind = z.infer<typeof suggestionKindSchema>;

export const suggestionStatusSchema = z.enum(['pending', 'accepted', 'rejected']);

/** The entity a suggestion would link to: one of the registry's, or a new one made on accepting. */
export const suggestedEntitySchema = z.object({
  name: z.string().trim().min(1).max(300),
  type: entityTypeSchema,
  aliases: z.array(z.string().trim().min(1).max(300)).max(100),
  /** The registry's entity it is (by name or alias), when there is one. */
  existingId: entityIdSchema.nullable(),
  money: z.object({ amount: z.number().finite(), currency: z.string().regex(/^[A-Z]{3}$/) }).nullable(),
  date: partialDateSchema.nullable(),
});
export type SuggestedEntity = z.infer<typeof suggestedEntitySchema>;

export const suggestionSchema = z.object({
  id: suggestionIdSchema,
  sourceId: sourceIdSchema,
  kind: suggestionKindSchema,
  span: spanSchema,
  /** What is suggested, in words: "Adaeze Okafor", "USD 2,800,000", "11 March 2026", "said by Ms. Okafor". */
  label: z.string(),
  /** Why, where it helps the reporter judge it: "“$” read as CAD: …", "counted from the publication date". */
  detail: z.string(),
  /** For a mention: the entity it names. For a quote: its speaker, if the text names one. */
  entity: suggestedEntitySchema.nullable(),
  /** For a quote: where it was said, when the text says ("a letter to staff"). */
  channel: z.string(),
  /** For an event: what happened, when, and who was involved. */
  event: z
    .object({
      what: z.string().max(2000),
      startsOn: partialDateSchema.nullable(),
      endsOn: partialDateSchema.nullable(),
      approximate: z.boolean(),
      entities: z.array(suggestedEntitySchema).max(100),
    })
    .nullable(),
  analyzer: z.string(),
  analyzerVersion: z.string(),
  status: suggestionStatusSchema,
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** A suggestion as the analysis makes it, before it is stored. */
export type NewSuggestion = Omit<Suggestion, 'id' | 'status'> & { fingerprint: string };

/** What the reporter may change before accepting: the entity (or speaker), and a quote's channel. */
export const suggestionEditsSchema = z.object({
  entity: suggestedEntitySchema.nullable().optional(),
  channel: z.string().max(300).optional(),
});
export type SuggestionEdits = z.infer<typeof suggestionEditsSchema>;
