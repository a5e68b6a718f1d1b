/**
 * Turns whatever a call rejected with into a sentence for the officer.
 *
 * AppError messages are written for people (the backend's closed error set guarantees that);
 * anything else is a bug or a broken connection, so we say so plainly instead of showing a stack.
 */
import { AppError } from '../../shared/errors.js';

export function errorMessage(error: unknown): string {
  if (error instanceof AppError) {
    return error.message;
  }
  if (error instanceof Error && error.message.length > 0) {
    return `Unexpected error: ${error.message}`;
  }
  return 'Unexpected error.';
}

/** True when the backend reported that the user cancelled the operation. */
export function isCancelled(error: unknown): boolean {
  return error instanceof AppError && error.code === 'cancelled';
}
