/**
 * Cancellation for the streaming chat readers: they check the caller's signal between chunks and
 * between items, and stop with the same error code the rest of ingest uses.
 */
import { AppError } from '../../../../shared/errors.js';

/** Throws AppError 'cancelled' when the signal has fired; `what` names the reader in the message. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted === true) {
    throw new AppError('cancelled', `${what} cancelled`);
  }
}
