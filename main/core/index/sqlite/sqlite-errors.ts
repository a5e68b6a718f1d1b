/**
 * Classifies SQLite failures where they happen, by SQLite's result code, so that callers react
 * to a category (offer "rebuild index" on corruption) instead of parsing messages.
 */
import { AppError } from '../../../../shared/errors.js';

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX']);
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

export function classifySqliteError(error: unknown, where: string): AppError {
  if (error instanceof AppError) {
    return error;
  }
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && CORRUPT_CODES.has(code)) {
    return new AppError('index-corrupt', `The search index is damaged (${where}): ${message}. Rebuild the index from the sources.`, { sqlite: code });
  }
  if (typeof code === 'string' && BUSY_CODES.has(code)) {
    return new AppError('busy', `The search index is in use by another process (${where})`, { sqlite: code });
  }
  return new AppError('internal', `Index failure (${where}): ${message}`, typeof code === 'string' ? { sqlite: code } : undefined);
}

/** Runs `fn`, rethrowing any failure as a classified AppError. */
export function guarded<T>(where: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw classifySqliteError(error, where);
  }
}
