/**
 * The closed set of error codes that cross the boundary between the backend and its callers.
 *
 * Why a closed set: the renderer switches on `code` to decide what to show (a "rebuild index"
 * button for `index-corrupt`, a file picker for `not-found`), and the CLI maps codes to exit
 * codes. A new failure mode means a new code here, reviewed, never a parsed message string.
 */
export const ERROR_CODES = [
  'invalid-args',
  'not-found',
  'no-case-open',
  'case-exists',
  'case-invalid',
  'source-unreadable',
  'index-corrupt',
  'busy',
  'cancelled',
  'unsupported',
  /** A packet failed its read-back checks (a redaction readable, a Bates gap, a record missing) and was not written. */
  'packet-unverified',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one shape an error takes on the wire: plain data, never a stack trace. */
export type ErrorShape = {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
};

/** Thrown by core and rebuilt by clients, so both sides handle failures by `code`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): ErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromShape(shape: ErrorShape): AppError {
    return new AppError(shape.code, shape.message, shape.details);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function isErrorShape(value: unknown): value is ErrorShape {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as { code?: unknown; message?: unknown };
  return isErrorCode(candidate.code) && typeof candidate.message === 'string';
}

/** For exhaustive switches: the compiler proves this is unreachable. */
export function assertNever(value: never, what = 'value'): never {
  throw new AppError('internal', `Unexpected ${what}: ${String(value)}`);
}
