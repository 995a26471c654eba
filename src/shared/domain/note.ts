import { z } from 'zod';
import { timestampSchema } from './dates';

export const noteIdSchema = z.number().int().positive();
export type NoteId = z.infer<typeof noteIdSchema>;

export const DEFAULT_NOTE_TITLE = 'Untitled note';

/**
 * A note's editor state as JSON text may be this long. A 150,000-word report typed into a note
 * is about 2 million characters of JSON; the bound keeps one runaway paste from filling the file.
 */
export const MAX_NOTE_CONTENT_CHARS = 5_000_000;
export const MAX_NOTE_PLAIN_TEXT_CHARS = 2_000_000;
/** What a list of notes shows of each one's text. */
export const NOTE_EXCERPT_CHARS = 160;

export const noteTitleSchema = z
  .string()
  .trim()
  .min(1, 'A note needs a title')
  .max(300, 'Keep the title under 300 characters');

/**
 * A serialized Lexical editor state (`editorState.toJSON()`): a root holding the blocks. Only
 * its outline is checked: which node types exist is the editor's business, and it refuses to
 * open a state it does not know rather than lose part of it.
 */
export const noteContentSchema = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), children: z.array(z.looseObject({ type: z.string() })) }),
});
export type NoteContent = z.infer<typeof noteContentSchema>;

/**
 * A note's content crosses the contract as JSON text: the editor writes it a block at a time
 * (NoteSerializer) and Lexical reads text as readily as objects, so a long note is never
 * turned into objects and back on the way. The bound and the first character are checked on
 * both sides; the service parses it and checks its outline (noteContentSchema) before storing.
 */
export const noteContentTextSchema = z
  .string()
  .max(MAX_NOTE_CONTENT_CHARS, 'This note is too long to save; split it into several notes.')
  .refine((text) => text.startsWith('{'), 'A note’s content is an editor state, a JSON object.');

export const noteSummarySchema = z.object({
  id: noteIdSchema,
  title: z.string(),
  /** The start of its text, for lists. */
  excerpt: z.string(),
  createdAt: timestampSchema,
  /** Also the note's version: every save sets a later one (see notes.save's baseUpdatedAt). */
  updatedAt: timestampSchema,
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export const noteDetailSchema = noteSummarySchema.omit({ excerpt: true }).extend({ content: noteContentTextSchema });
export type NoteDetail = z.infer<typeof noteDetailSchema>;

export const noteSaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), updatedAt: timestampSchema }),
  /** The note changed since the version the save was based on: nothing was written. */
  z.object({ status: z.literal('conflict'), note: noteDetailSchema }),
]);
export type NoteSaveResult = z.infer<typeof noteSaveResultSchema>;

/** The state of a note with no text yet: one empty paragraph, as Lexical writes it. */
export function emptyNoteContent(): NoteContent {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [], textFormat: 0, textStyle: '' }],
    },
  };
}
