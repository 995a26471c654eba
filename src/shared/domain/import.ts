import { z } from 'zod';
import { sourceIdSchema } from './source';

/**
 * The largest file Sourcebook imports. Long government reports as PDF run to tens of
 * megabytes; beyond this the file is more likely a scan or a bundle than a readable source.
 */
export const MAX_SOURCE_FILE_BYTES = 50 * 1024 * 1024;
/** Pasted HTML can carry inline images and styles far larger than its text; this is plenty. */
export const MAX_PASTE_CHARS = 8 * 1024 * 1024;

/** "50 MB", "50.2 MB": never rounds a file over the limit down to the limit. */
export function formatByteLimit(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/** File types the import recognises, by extension, for the file chooser and messages. */
export const IMPORTABLE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.docx', '.pdf', '.txt', '.text', '.md', '.markdown'] as const;
export const IMPORTABLE_DESCRIPTION = 'web pages (.html), Word (.docx), PDF with text, plain text (.txt) and Markdown (.md)';

/** One thing to import: a file uploaded beforehand, a file the system dialog chose, or a paste. */
export const importItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staged'), stagedId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('paste'),
    html: z.string().max(MAX_PASTE_CHARS).optional(),
    text: z.string().max(MAX_PASTE_CHARS).optional(),
  }),
]);
export type ImportItem = z.infer<typeof importItemSchema>;

export const importStatusSchema = z.enum(['imported', 'duplicate', 'failed', 'cancelled']);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** What happened to one item of a batch: a reporter reads these in the import summary. */
export const importResultSchema = z.object({
  /** The file name, or "Pasted text" for a paste. */
  name: z.string(),
  status: importStatusSchema,
  /** The new source, or the one already holding the same bytes (a duplicate). */
  sourceId: sourceIdSchema.optional(),
  title: z.string().optional(),
  /** Why it failed or was skipped, in words a reporter can act on. */
  message: z.string().optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
