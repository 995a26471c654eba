import { z } from 'zod';

/** The labels of one article of the evaluation set: the format eval/README.md describes. */
const entitySchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()) });
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const goldSchema = z.object({
  published: partialDate.nullable(),
  people: z.array(entitySchema),
  organisations: z.array(entitySchema),
  places: z.array(entitySchema),
  money: z.array(z.object({ text: z.string().min(1), amount: z.number(), currency: z.string().regex(/^[A-Z]{3}$/) })),
  dates: z.array(
    z.union([
      z.object({ text: z.string().min(1), value: partialDate, precision: z.enum(['day', 'month', 'year']) }),
      z.object({ text: z.string().min(1), start: partialDate, end: partialDate, precision: z.literal('range') }),
    ]),
  ),
  quotes: z.array(z.object({ text: z.string().min(1), speaker: z.string().nullable() })),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof goldSchema>;

/** The reference date relative dates are counted from when an article has no publication date. */
export const STAND_IN_IMPORT_DATE = '2026-06-15';
