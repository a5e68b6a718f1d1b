/**
 * A hand-written `Client` for driving the renderer's models without a backend: each call is
 * answered by a handler the test supplies, every call is logged, and events are pushed with
 * `emit`. Calls without a handler reject with an AppError, so a model calling something a
 * test did not expect fails loudly.
 */
import { AppError } from '../../../../shared/errors.js';
import type { Client } from '../../../../shared/ipc/client.js';
import type { CallInput, CallName, CallResult, EventName, EventPayload } from '../../../../shared/ipc/contract.js';

export type FakeHandlers = { [K in CallName]?: (args: CallInput<K>) => CallResult<K> | Promise<CallResult<K>> };

export type FakeClient = Client & {
  /** Every call made, in order. */
  calls: Array<{ name: CallName; args: unknown }>;
  handlers: FakeHandlers;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Names of the calls made, in order (handy for asserting what an action did). */
  callNames(): CallName[];
};

export function createFakeClient(handlers: FakeHandlers = {}): FakeClient {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: Array<{ name: CallName; args: unknown }> = [];
  const client: FakeClient = {
    calls,
    handlers,
    async call<K extends CallName>(name: K, args: CallInput<K>): Promise<CallResult<K>> {
      calls.push({ name, args });
      const handler = client.handlers[name] as ((input: CallInput<K>) => CallResult<K> | Promise<CallResult<K>>) | undefined;
      if (!handler) {
        throw new AppError('unsupported', `fake client: no handler for ${name}`);
      }
      return handler(args);
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
    emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) {
        listener(payload);
      }
    },
    callNames: () => calls.map((call) => call.name),
  };
  return client;
}

/** A promise the test settles by hand, to hold a call "in flight". */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
