import { z } from 'zod';
import { isMethodName, methods, type ErrorCode, type Outcome } from '../../shared/contract';
import { isServiceError } from '../core/service-error';
import type { CallContext, Handlers } from './handlers';

/**
 * The one path every call takes, whichever transport carried it: the method name is checked
 * against the table, params are validated before the handler runs, the result is validated
 * before it leaves, and every failure becomes an `{ ok: false, error }` value.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawParams: unknown,
  context: CallContext,
): Promise<Outcome<unknown>> {
  if (!isMethodName(name)) {
    return failure('UNKNOWN_METHOD', `There is no method called ${JSON.stringify(String(name)).slice(0, 80)}.`);
  }
  const spec = methods[name];
  const params = spec.params.safeParse(rawParams ?? {});
  if (!params.success) {
    return failure('INVALID_PARAMS', `Invalid request to ${name}: ${describeIssues(params.error)}`);
  }
  let value: unknown;
  try {
    const handler = handlers[name] as (params: unknown, context: CallContext) => unknown;
    value = await handler(params.data, context);
  } catch (error) {
    if (isServiceError(error)) return failure(error.code, error.message);
    console.error(`${name} failed:`, error);
    return failure('INTERNAL', 'Something went wrong inside Sourcebook. Nothing stored was changed by this failure; try again, and if it persists, report it with the log.');
  }
  const result = spec.result.safeParse(value);
  if (!result.success) {
    console.error(`${name} returned a result outside the contract:`, result.error.issues);
    return failure('INVALID_RESULT', `Sourcebook produced an unexpected answer to ${name}; the request was not completed as shown.`);
  }
  return { ok: true, value: result.data };
}

function failure(code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
