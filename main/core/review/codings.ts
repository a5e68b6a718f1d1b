/**
 * Pure rules for coding records against a request. Returns the new list and the per-record
 * changes, so the caller can write case.json and one audit line per change.
 */
import type { Coding, Responsiveness } from '../../../shared/model/case.js';

export type TagInput = {
  requestId: string;
  recordIds: readonly string[];
  /** null clears the coding (the record is back to "not reviewed"). */
  responsiveness: Responsiveness | null;
  note: string;
  at: string;
  by: string;
};

export type CodingChange = { recordId: string; before: Coding | null; after: Coding | null };

export function applyTag(codings: readonly Coding[], input: TagInput): { next: Coding[]; changes: CodingChange[] } {
  const targets = new Set(input.recordIds);
  const existing = new Map<string, Coding>();
  const next: Coding[] = [];
  for (const coding of codings) {
    if (coding.requestId === input.requestId && targets.has(coding.recordId)) {
      existing.set(coding.recordId, coding);
    } else {
      next.push(coding);
    }
  }
  const changes: CodingChange[] = [];
  for (const recordId of targets) {
    const before = existing.get(recordId) ?? null;
    const after: Coding | null =
      input.responsiveness === null
        ? null
        : { requestId: input.requestId, recordId, responsiveness: input.responsiveness, note: input.note, updatedAt: input.at, updatedBy: input.by };
    if (after !== null) {
      next.push(after);
    }
    const unchanged =
      (before === null && after === null) ||
      (before !== null && after !== null && before.responsiveness === after.responsiveness && before.note === after.note);
    if (unchanged) {
      if (before !== null && after !== null) {
        // Keep the original timestamp: re-applying the same decision is not a new decision.
        next[next.length - 1] = before;
      }
      continue;
    }
    changes.push({ recordId, before, after });
  }
  return { next, changes };
}
