/**
 * The typed client every caller uses. Argument and result types follow from the call name, so a
 * renamed call or changed result breaks the build, not the user.
 */
import { AppError, isErrorShape } from '../errors.js';
import type { ErrorShape } from '../errors.js';
import type { CallInput, CallName, CallResult, EventName, EventPayload } from './contract.js';

export type Unsubscribe = () => void;

export type Client = {
  call<K extends CallName>(name: K, args: CallInput<K>): Promise<CallResult<K>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
};

/**
 * The untyped pipe a transport provides. `invoke` resolves with a {@link Reply}; the typed
 * client turns failures back into {@link AppError}s.
 */
export type RawChannel = {
  invoke(name: string, args: unknown): Promise<Reply>;
  subscribe(listener: (name: string, payload: unknown) => void): Unsubscribe;
};

/** The single reply shape on every transport. */
export type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorShape };

export function createClient(channel: RawChannel): Client {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  channel.subscribe((name, payload) => {
    for (const listener of listeners.get(name) ?? []) {
      listener(payload);
    }
  });
  return {
    async call(name, args) {
      const reply = await channel.invoke(name, args);
      if (reply.ok) {
        return reply.value as never;
      }
      const error = isErrorShape(reply.error)
        ? reply.error
        : { code: 'internal' as const, message: 'Malformed error reply' };
      throw AppError.fromShape(error);
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
  };
}
