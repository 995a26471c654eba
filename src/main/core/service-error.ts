import type { ErrorCode } from '../../shared/contract';

/**
 * The only error a service throws on purpose. Its message is shown to the reporter as is,
 * so it says what happened and what to do; anything else thrown is reported as INTERNAL.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError;
}
