import { z } from 'zod';
import { partialDateSchema } from './dates';

export const entityIdSchema = z.number().int().positive();
export type EntityId = z.infer<typeof entityIdSchema>;

export const entityTypeSchema = z.enum(['person', 'organisation', 'place', 'money', 'date', 'other']);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** An amount normalised from how it was written ("US$2.8-million" → 2800000 USD). */
export const moneySchema = z.object({ amount: z.number().finite(), currency: z.string().regex(/^[A-Z]{3}$/) });

export const entitySchema = z.object({
  id: entityIdSchema,
  name: z.string(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  description: z.string(),
  money: moneySchema.nullable(),
  date: partialDateSchema.nullable(),
  /** How many annotations point at it (mentions, quotes said, claims made, events). */
  mentionCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entity = z.infer<typeof entitySchema>;

const nameSchema = z.string().trim().min(1, 'An entity needs a name').max(300);

const entityFields = {
  name: nameSchema,
  type: entityTypeSchema,
  aliases: z.array(nameSchema).max(100),
  description: z.string().max(20_000),
  money: moneySchema.nullable(),
  date: partialDateSchema.nullable(),
};

export const newEntitySchema = z.object({
  ...entityFields,
  aliases: entityFields.aliases.default([]),
  description: entityFields.description.default(''),
  money: entityFields.money.default(null),
  date: entityFields.date.default(null),
});
export type NewEntity = z.input<typeof newEntitySchema>;

/** Only what is named changes: no defaults here, or a partial edit would wipe the rest. */
export const entityChangesSchema = z.object(entityFields).partial();
export type EntityChanges = z.input<typeof entityChangesSchema>;
