import { z } from 'zod';

/**
 * Every failure that crosses a process boundary carries one of these codes, so the UI can
 * react to the kind of failure (offer "Save a copy" for a read-only file, say) without
 * parsing messages. Messages are for people: what happened, what was kept, what to do.
 */
export const errorCodes = [
  'INVALID_PARAMS',
  'INVALID_RESULT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NO_INVESTIGATION',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'FILE_EMPTY',
  'FILE_NOT_SQLITE',
  'FILE_FOREIGN_DATABASE',
  'FILE_NEWER_VERSION',
  'FILE_READ_ONLY',
  'FILE_LOCKED',
  'FILE_CORRUPT',
  'CANCELLED',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const serviceErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type ServiceErrorData = z.infer<typeof serviceErrorSchema>;

/** What every call returns on either transport: never a raw throw. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ServiceErrorData };
