import { z } from 'zod';
import { defineMethod } from '../define';
import {
  MAX_NOTE_CONTENT_CHARS,
  MAX_NOTE_PLAIN_TEXT_CHARS,
  noteContentTextSchema,
  noteDetailSchema,
  noteIdSchema,
  noteSaveResultSchema,
  noteSummarySchema,
  noteTitleSchema,
} from '../../domain/note';
import { timestampSchema } from '../../domain/dates';

/**
 * The largest notes.save body: the content's JSON text, escaped again as a string, is at most 3
 * UTF-8 bytes per UTF-16 unit; the plain text's control characters may be escaped to six.
 */
const MAX_SAVE_REQUEST_BYTES = 3 * MAX_NOTE_CONTENT_CHARS + 6 * MAX_NOTE_PLAIN_TEXT_CHARS + 64 * 1024;

export const noteMethods = {
  'notes.list': defineMethod({
    summary: 'Every note of the open investigation, most recently changed first, with the start of its text.',
    params: z.object({}),
    result: z.array(noteSummarySchema),
  }),
  'notes.get': defineMethod({
    summary: 'One note with its editor state.',
    params: z.object({ id: noteIdSchema }),
    result: noteDetailSchema,
  }),
  'notes.create': defineMethod({
    summary: 'A new, empty note (titled “Untitled note” unless a title is given).',
    params: z.object({ title: noteTitleSchema.optional() }),
    result: noteDetailSchema,
  }),
  'notes.rename': defineMethod({
    summary: 'Change a note’s title; its text and version stay as they are.',
    params: z.object({ id: noteIdSchema, title: noteTitleSchema }),
    result: noteSummarySchema,
  }),
  'notes.save': defineMethod({
    summary:
      'Store a note’s editor state and plain text in one committed transaction. With baseUpdatedAt, only if the note is still at that version (else “conflict” and the newer note).',
    params: z.object({
      id: noteIdSchema,
      content: noteContentTextSchema,
      plainText: z.string().max(MAX_NOTE_PLAIN_TEXT_CHARS, 'This note is too long to save; split it into several notes.'),
      baseUpdatedAt: timestampSchema.optional(),
    }),
    result: noteSaveResultSchema,
    maxRequestBytes: MAX_SAVE_REQUEST_BYTES,
  }),
  'notes.delete': defineMethod({
    summary: 'Remove a note.',
    params: z.object({ id: noteIdSchema }),
    result: z.object({ deleted: z.boolean() }),
  }),
} as const;
