/**
 * How the lexer and parser give up: by throwing this, caught once in parseSearchQuery and turned
 * into `{ ok: false, error }`. Offsets are in the normalised text (see query-input.ts) until the
 * catch maps them back to what the officer typed.
 */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}
