/**
 * Pure rules of the audit log's hash chain, kept apart from file I/O so they are tested directly.
 *
 * Each line is a JSON object whose `prev` is the SHA-256 of the previous line's exact text (the
 * first line's `prev` is the SHA-256 of the empty string) and whose `hash` is the SHA-256 of the
 * line's own content without `hash`. Editing any line breaks either its own `hash` or the next
 * line's `prev`; deleting or inserting a line breaks the next `prev`.
 */
import type { AuditEntry, AuditVerification } from '../../../shared/model/audit.js';
import { sha256Hex } from '../util/hash.js';

export const GENESIS_PREV = sha256Hex('');

type StoredLine = AuditEntry & { prev: string; hash?: string };

/** Serialises an entry as one line (no newline), chained to `prevLine` (null for the first). */
export function chainLine(entry: AuditEntry, prevLine: string | null): string {
  const prev = prevLine === null ? GENESIS_PREV : sha256Hex(prevLine);
  const body: StoredLine = { ...entry, prev };
  const hash = sha256Hex(JSON.stringify(body));
  return JSON.stringify({ ...body, hash });
}

/** Checks a whole log given as its lines (without newline characters). */
export function verifyChain(lines: readonly string[]): AuditVerification {
  let prevLine: string | null = null;
  const fail = (lineNumber: number, problem: string): AuditVerification => ({
    ok: false,
    lineCount: lines.length,
    headSha256: lines.length === 0 ? GENESIS_PREV : sha256Hex(lines[lines.length - 1] ?? ''),
    firstBadLine: lineNumber,
    problem,
  });
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    let parsed: Partial<StoredLine>;
    try {
      parsed = JSON.parse(line) as Partial<StoredLine>;
    } catch {
      return fail(lineNumber, `line ${lineNumber} is not valid JSON`);
    }
    const expectedPrev = prevLine === null ? GENESIS_PREV : sha256Hex(prevLine);
    if (parsed.prev !== expectedPrev) {
      // The chain names the previous line: if it was edited, that line is the first bad one.
      const blame = lineNumber === 1 ? 1 : lineNumber - 1;
      return fail(
        blame,
        lineNumber === 1
          ? 'line 1 does not start the chain (lines removed from the start?)'
          : `line ${lineNumber} does not chain to line ${lineNumber - 1}: line ${blame} was altered, or lines were inserted or removed there`,
      );
    }
    const { hash, ...body } = parsed;
    if (hash !== sha256Hex(JSON.stringify(body))) {
      return fail(lineNumber, `line ${lineNumber} was altered (its content no longer matches its hash)`);
    }
    if (parsed.seq !== lineNumber) {
      return fail(lineNumber, `line ${lineNumber} carries sequence number ${String(parsed.seq)}`);
    }
    prevLine = line;
  }
  return {
    ok: true,
    lineCount: lines.length,
    headSha256: prevLine === null ? GENESIS_PREV : sha256Hex(prevLine),
    firstBadLine: null,
    problem: null,
  };
}

/** Splits file text into lines; a final newline does not make an empty last line. */
export function splitLogLines(text: string): string[] {
  if (text.length === 0) {
    return [];
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}
