import { expect } from 'vitest';
import { AppError, type ErrorCode } from '../../../../../shared/errors.js';

/** Runs `run`, expecting it to throw an AppError of `code` whose message matches `message`; returns it. */
export function expectAppError(run: () => unknown, code: ErrorCode, message?: RegExp): AppError {
  try {
    run();
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe(code);
    if (message !== undefined) {
      expect(appError.message).toMatch(message);
    }
    return appError;
  }
  throw new Error(`expected the call to fail with ${code}`);
}
