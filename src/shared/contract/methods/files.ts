import { z } from 'zod';
import { defineMethod } from '../define';

export const folderEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['folder', 'investigation']),
  modifiedAt: z.string().nullable(),
});
export type FolderEntry = z.infer<typeof folderEntrySchema>;

export const fileMethods = {
  'files.browse': defineMethod({
    summary: 'Folders and .sourcebook files in a folder (the data folder by default), for choosing a file without a system dialog.',
    params: z.object({ folder: z.string().max(4096).optional() }),
    result: z.object({
      folder: z.string(),
      parent: z.string().nullable(),
      entries: z.array(folderEntrySchema),
    }),
  }),
} as const;
