import { z } from 'zod';
import { importResultSchema } from '../domain/import';
import { investigationInfoSchema } from '../domain/investigation';
import { timestampSchema } from '../domain/dates';
import { noteIdSchema } from '../domain/note';

/**
 * Events flow from the services to every connected window: over IPC in the desktop app,
 * over a server-sent event stream in server mode. Each is validated before it is sent.
 */
/** Commands a native menu sends to the window; the in-app menu and palette run the same ones. */
export const appCommandSchema = z.enum([
  'investigation.new',
  'investigation.open',
  'investigation.openSample',
  'investigation.saveCopy',
  'investigation.rename',
  'sources.import',
  'reader.find',
  'annotations.export',
  'annotations.import',
  'factCheck.export',
  'analysis.runAll',
  'analysis.runSource',
  'edit.undo',
  'edit.redo',
  'view.sources',
  'view.notes',
  'view.entities',
  'view.timeline',
  'view.compare',
  'view.factcheck',
  'view.search',
  'inspector.toggle',
  'palette.open',
  'shortcuts.show',
]);
export type AppCommand = z.infer<typeof appCommandSchema>;

export const appEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('app.command'), command: appCommandSchema }),
  z.object({ type: z.literal('investigation.opened'), investigation: investigationInfoSchema }),
  z.object({ type: z.literal('investigation.updated'), investigation: investigationInfoSchema }),
  /** A source's annotations changed (tagged, edited, removed): its reader should reload them. */
  z.object({ type: z.literal('annotations.changed'), sourceIds: z.array(z.number().int().positive()) }),
  /** A source's suggestions changed (analyzed again, accepted, rejected): its reader should reload them. */
  z.object({ type: z.literal('suggestions.changed'), sourceIds: z.array(z.number().int().positive()) }),
  /** Events typed on the timeline changed: timelines should reload. */
  z.object({ type: z.literal('timeline.changed') }),
  /** Checks of these claims changed (status, rating, evidence...), or the scale did (no ids): fact-check sheets should reload. */
  z.object({ type: z.literal('factCheck.changed'), claimIds: z.array(z.number().int().positive()) }),
  /** A saved comparison was saved, renamed or deleted: comparison lists and note blocks showing it should reload. */
  z.object({ type: z.literal('comparisons.changed'), comparisonId: z.number().int().positive() }),
  /** The registry changed: entity lists and typeaheads should reload. */
  z.object({ type: z.literal('entities.changed') }),
  /** Sources were imported, edited or deleted: lists showing them should reload. */
  z.object({ type: z.literal('sources.changed') }),
  /** A note was created, renamed, saved or deleted (updatedAt null): lists reload, open copies follow. */
  z.object({ type: z.literal('notes.changed'), noteId: noteIdSchema, updatedAt: timestampSchema.nullable() }),
  /** One item of an import batch is done; the import dialog lists these as they come. */
  z.object({
    type: z.literal('import.item'),
    taskId: z.string(),
    index: z.number().int().nonnegative(),
    total: z.number().int().positive(),
    result: importResultSchema,
  }),
  z.object({
    type: z.literal('task.progress'),
    taskId: z.string(),
    label: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative(),
  }),
  z.object({
    type: z.literal('task.finished'),
    taskId: z.string(),
    outcome: z.enum(['done', 'cancelled', 'failed']),
    message: z.string().optional(),
  }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;
export type AppEventType = AppEvent['type'];
