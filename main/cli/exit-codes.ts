/**
 * Exit codes of `foia`, so scripts can tell "nothing found" from "bad input" from "tampered".
 */
import type { ErrorCode } from '../../shared/errors.js';
import { assertNever } from '../../shared/errors.js';

export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  notFound: 3,
  sourceProblem: 4,
  indexCorrupt: 5,
  cancelled: 6,
  auditFailed: 7,
  busy: 8,
  packetUnverified: 9,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid-args':
    case 'unsupported':
      return EXIT.usage;
    case 'not-found':
    case 'no-case-open':
    case 'case-exists':
    case 'case-invalid':
      return EXIT.notFound;
    case 'source-unreadable':
      return EXIT.sourceProblem;
    case 'index-corrupt':
      return EXIT.indexCorrupt;
    case 'cancelled':
      return EXIT.cancelled;
    case 'busy':
      return EXIT.busy;
    case 'packet-unverified':
      return EXIT.packetUnverified;
    case 'internal':
      return EXIT.internal;
    default:
      return assertNever(code, 'error code');
  }
}
