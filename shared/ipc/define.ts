/**
 * Helpers that let one object literal declare both a call's argument schema (checked at run
 * time by the host) and its result type (checked at compile time by both sides).
 */
import type { z } from 'zod';

export type CallSpec<Args extends z.ZodType, Result> = {
  args: Args;
  /** Phantom: never read at run time; carries the result type. */
  result?: Result;
};

export type EventSpec<Payload> = {
  /** Phantom: carries the payload type. */
  payload?: Payload;
};

/** `defineCall<Result>()(argsSchema)`: curried so the result type can be named explicitly. */
export function defineCall<Result>() {
  return <Args extends z.ZodType>(args: Args): CallSpec<Args, Result> => ({ args });
}

export function defineEvent<Payload>(): EventSpec<Payload> {
  return {};
}
