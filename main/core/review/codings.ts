/**
 * Pure rules for coding records against a request: the decision, its exemptions and note, and
 * how a decision follows to exact duplicates and to attachments under the request's family rule.
 * Returns the new list and every coding that changed, so the caller can write case.json, one
 * audit line per change, and an undo step.
 *
 * Followers: a record with the same content as a coded record (an attachment sent twice) takes
 * its coding, and so do a parent's attachments when the family rule says so. A follower never
 * overrides a record the officer coded directly; when a record's new coding no longer reaches a
 * follower (it is cleared, or released after being withheld), the follower is cleared.
 * Following is one step deep: the duplicates of an attachment that followed its parent do not
 * follow in turn.
 */
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import type { Coding, CodingBasis, Decision, FamilyRule } from '../../../shared/model/review.js';

export type CodingInput = {
  requestId: string;
  recordIds: readonly string[];
  /** null clears the coding (the record is back to "not reviewed"). */
  decision: Decision | null;
  exemptions: readonly ExemptionApplication[];
  note: string;
  at: string;
  by: string;
};

/** What the index says about the coded records' relatives. */
export type CodingRelatives = {
  familyRule: FamilyRule;
  /** Other records with the same content as each coded record. */
  duplicatesOf: ReadonlyMap<string, readonly string[]>;
  /** Every record inside each coded record (attachments, their attachments…). */
  descendantsOf: ReadonlyMap<string, readonly string[]>;
};

export type CodingChange = { recordId: string; before: Coding | null; after: Coding | null };

const NO_RELATIVES: CodingRelatives = { familyRule: 'independent', duplicatesOf: new Map(), descendantsOf: new Map() };

function familyFollows(rule: FamilyRule, decision: Decision | null): boolean {
  return rule === 'attachments-follow-parent' || (rule === 'attachments-follow-withheld-parent' && decision === 'withhold-in-full');
}

function sameDecision(a: Coding, b: Coding): boolean {
  return (
    a.decision === b.decision &&
    a.note === b.note &&
    JSON.stringify(a.exemptions) === JSON.stringify(b.exemptions) &&
    JSON.stringify(a.basis) === JSON.stringify(b.basis)
  );
}

/** The records a coding of `recordIds` reaches, each with its basis; direct targets first. */
function reach(input: CodingInput, relatives: CodingRelatives): Map<string, CodingBasis> {
  const bases = new Map<string, CodingBasis>();
  for (const recordId of input.recordIds) {
    bases.set(recordId, { kind: 'direct' });
  }
  for (const recordId of input.recordIds) {
    for (const duplicate of relatives.duplicatesOf.get(recordId) ?? []) {
      if (!bases.has(duplicate)) {
        bases.set(duplicate, { kind: 'duplicate', of: recordId });
      }
    }
    if (familyFollows(relatives.familyRule, input.decision)) {
      for (const descendant of relatives.descendantsOf.get(recordId) ?? []) {
        if (!bases.has(descendant)) {
          bases.set(descendant, { kind: 'family', of: recordId });
        }
      }
    }
  }
  return bases;
}

export function applyCoding(
  codings: readonly Coding[],
  input: CodingInput,
  relatives: CodingRelatives = NO_RELATIVES,
): { next: Coding[]; changes: CodingChange[] } {
  const targets = new Set(input.recordIds);
  const current = new Map<string, Coding>();
  for (const coding of codings) {
    if (coding.requestId === input.requestId) {
      current.set(coding.recordId, coding);
    }
  }
  const wanted = new Map<string, Coding | null>();
  for (const [recordId, basis] of reach(input, relatives)) {
    const before = current.get(recordId) ?? null;
    // A follower does not override the officer's own decision on that record.
    if (basis.kind !== 'direct' && before !== null && before.basis.kind === 'direct' && !targets.has(recordId)) {
      continue;
    }
    wanted.set(
      recordId,
      input.decision === null
        ? null
        : {
            requestId: input.requestId,
            recordId,
            decision: input.decision,
            exemptions: [...input.exemptions],
            note: input.note,
            basis,
            updatedAt: input.at,
            updatedBy: input.by,
          },
    );
  }
  // What followed a record's old coding and does not follow its new one (its attachments, once
  // it is no longer withheld; everything, once it is cleared) goes back to not reviewed.
  for (const coding of current.values()) {
    if (coding.basis.kind !== 'direct' && targets.has(coding.basis.of) && !wanted.has(coding.recordId)) {
      wanted.set(coding.recordId, null);
    }
  }
  const changes: CodingChange[] = [];
  const next: Coding[] = [];
  for (const coding of codings) {
    if (coding.requestId !== input.requestId || !wanted.has(coding.recordId)) {
      next.push(coding);
    }
  }
  for (const [recordId, after] of wanted) {
    const before = current.get(recordId) ?? null;
    if (before !== null && after !== null && sameDecision(before, after)) {
      // Re-applying the same decision is not a new decision: the original timestamp stays.
      next.push(before);
      continue;
    }
    if (after !== null) {
      next.push(after);
    }
    if (before !== null || after !== null) {
      changes.push({ recordId, before, after });
    }
  }
  return { next, changes };
}

/** The list with `changes` undone: each changed coding back to its `before`. */
export function revertCodings(codings: readonly Coding[], requestId: string, changes: readonly CodingChange[]): Coding[] {
  const reverted = new Map(changes.map((change) => [change.recordId, change.before]));
  const next = codings.filter((coding) => coding.requestId !== requestId || !reverted.has(coding.recordId));
  for (const before of reverted.values()) {
    if (before !== null) {
      next.push(before);
    }
  }
  return next;
}
