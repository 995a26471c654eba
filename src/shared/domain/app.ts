import { z } from 'zod';

export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  /** Where new investigations go by default: Electron's userData, or the server's data folder. */
  dataDir: z.string(),
  /** True in the desktop app, where open/save use the system's file dialogs. */
  nativeDialogs: z.boolean(),
  pathSeparator: z.enum(['/', '\\']),
  /** Why the investigation asked for at start-up could not be opened, to show once. */
  startupProblem: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
