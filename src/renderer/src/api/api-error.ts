import type { ErrorCode } from '../../../shared/contract';

/** A failed call, with the code the UI reacts to and the message it shows as is. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return `Sourcebook could not reach its service: ${error.message}`;
  return 'Something went wrong.';
}
