import { expect } from 'vitest';
import { AppError } from '../../shared/errors.js';

/** Awaits `promise`, expecting it to fail with an AppError of `code`; returns that error. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected the call to fail with ${code}`);
}
