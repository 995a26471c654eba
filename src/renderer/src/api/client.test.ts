import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createApiClient } from './client';
import type { Outcome } from '../../../shared/contract';
import type { Transport } from './transport';

function transportAnswering(answer: unknown) {
  const call = vi.fn<Transport['call']>(async () => answer as Outcome<unknown>);
  return { kind: 'http' as const, call, onEvent: () => () => undefined, onConnectionChange: () => () => undefined };
}

describe('the renderer API client', () => {
  it('returns the value of a successful call', async () => {
    const client = createApiClient(transportAnswering({ ok: true, value: { cancelled: true } }));
    await expect(client.call('tasks.cancel', { taskId: 'a' })).resolves.toEqual({ cancelled: true });
  });

  it('throws the service error with its code and message', async () => {
    const client = createApiClient(
      transportAnswering({ ok: false, error: { code: 'FILE_LOCKED', message: 'Close it there first.' } }),
    );
    const failure = await client.call('investigation.open', { path: '/a.sourcebook' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'FILE_LOCKED', message: 'Close it there first.' });
  });

  it('refuses invalid params before anything travels', async () => {
    const transport = transportAnswering({ ok: true, value: null });
    const client = createApiClient(transport);
    await expect(client.call('sources.get', { id: -1 })).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
    expect(transport.call).not.toHaveBeenCalled();
  });

  it('refuses an answer outside the contract', async () => {
    const client = createApiClient(transportAnswering({ ok: true, value: { cancelled: 'yes' } }));
    await expect(client.call('tasks.cancel', { taskId: 'a' })).rejects.toMatchObject({ code: 'INVALID_RESULT' });
  });
});
