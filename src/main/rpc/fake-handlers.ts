import { methodNames } from '../../shared/contract';
import type { Handlers } from './handlers';

/** For tests of the transports: a Handlers table from a few fakes (not a test file itself). */
export type Fakes = { [K in keyof Handlers]?: (params: unknown) => unknown };

/** Every method of the contract; those not faked throw, and every call is recorded by name. */
export function fakeHandlers(fakes: Fakes): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const entries = methodNames.map((name) => [
    name,
    async (params: unknown) => {
      calls.push(name);
      const fake = fakes[name];
      if (!fake) throw new Error(`${name} is not faked in this test`);
      return fake(params);
    },
  ]);
  return { handlers: Object.fromEntries(entries) as Handlers, calls };
}

