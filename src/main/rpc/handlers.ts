import type { AppEvent, MethodName, ParamsOf, ResultOf } from '../../shared/contract';

/** What a handler may use besides its params: events out, and a signal for cancellation. */
export interface CallContext {
  emit(event: AppEvent): void;
}

export type Handler<K extends MethodName> = (
  params: ParamsOf<K>,
  context: CallContext,
) => ResultOf<K> | Promise<ResultOf<K>>;

/** One implementation per method of the contract; the compiler checks none is missing. */
export type Handlers = { [K in MethodName]: Handler<K> };
