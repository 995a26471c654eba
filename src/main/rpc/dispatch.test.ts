import { describe, expect, it } from 'vitest';
import { ServiceError } from '../core/service-error';
import { dispatch } from './dispatch';
import { fakeHandlers } from './fake-handlers';

const context = { emit: () => undefined };

describe('dispatch: the one path every call takes', () => {
  it('answers a valid call with its validated result', async () => {
    const { handlers } = fakeHandlers({ 'tasks.cancel': () => ({ cancelled: true }) });
    await expect(dispatch(handlers, 'tasks.cancel', { taskId: 'abc' }, context)).resolves.toEqual({
      ok: true,
      value: { cancelled: true },
    });
  });

  it('refuses invalid params before the handler runs', async () => {
    const { handlers, calls } = fakeHandlers({ 'sources.get': () => null });
    const outcome = await dispatch(handlers, 'sources.get', { id: 'three' }, context);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(outcome.ok ? '' : outcome.error.message).toMatch(/id/);
    expect(calls).toEqual([]);
  });

  it('refuses a method that is not in the contract', async () => {
    const { handlers, calls } = fakeHandlers({});
    const outcome = await dispatch(handlers, 'fs.readFile', {}, context);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(calls).toEqual([]);
  });

  it('does not treat inherited object keys as methods', async () => {
    const { handlers } = fakeHandlers({});
    const outcome = await dispatch(handlers, 'constructor', {}, context);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it("carries a handler's ServiceError across as an error object", async () => {
    const { handlers } = fakeHandlers({
      'investigation.open': () => {
        throw new ServiceError('FILE_LOCKED', 'Open elsewhere; close it there first.');
      },
    });
    await expect(dispatch(handlers, 'investigation.open', { path: '/x.sourcebook' }, context)).resolves.toEqual({
      ok: false,
      error: { code: 'FILE_LOCKED', message: 'Open elsewhere; close it there first.' },
    });
  });

  it('turns an unexpected throw into INTERNAL without leaking its details', async () => {
    const { handlers } = fakeHandlers({
      'investigation.recent': () => {
        throw new TypeError("Cannot read properties of undefined (reading 'secret/path')");
      },
    });
    const quiet = console.error;
    console.error = () => undefined;
    const outcome = await dispatch(handlers, 'investigation.recent', {}, context).finally(() => {
      console.error = quiet;
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(outcome)).not.toContain('secret/path');
  });

  it('refuses to pass on a result outside the contract', async () => {
    const { handlers } = fakeHandlers({ 'tasks.cancel': () => ({ cancelled: 'maybe' }) });
    const quiet = console.error;
    console.error = () => undefined;
    const outcome = await dispatch(handlers, 'tasks.cancel', { taskId: 'a' }, context).finally(() => {
      console.error = quiet;
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_RESULT' } });
  });
});
