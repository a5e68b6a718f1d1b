/**
 * The review actions of this session that can be undone, newest last. Each step holds the state
 * before and after, so undoing is writing the before back (and auditing that); the audit log
 * keeps every step whether or not it is undone. The stack lives as long as the case is open.
 */
import type { StoredRequest } from '../case/case-data.js';
import type { Gap, GapProposalReview, GapSettings } from '../../../shared/model/gap.js';
import type { Redaction, ReviewBatch } from '../../../shared/model/review.js';
import type { CodingChange } from './codings.js';

export type UndoStep =
  | { kind: 'codings'; label: string; requestId: string; changes: CodingChange[] }
  | { kind: 'redaction'; label: string; before: Redaction | null; after: Redaction | null }
  | { kind: 'request'; label: string; before: StoredRequest; after: StoredRequest }
  | { kind: 'batch'; label: string; before: ReviewBatch | null; after: ReviewBatch | null }
  /** A gap written, changed or deleted, and with it the answer to the proposal it came from, if any. */
  | { kind: 'gap'; label: string; gapId: string; before: Gap | null; after: Gap | null; review: { key: string; before: GapProposalReview | null; after: GapProposalReview | null } | null }
  | { kind: 'gap-settings'; label: string; before: GapSettings; after: GapSettings };

/** Older steps fall off: an officer undoes the last few actions, not a day's work. */
export const UNDO_DEPTH = 200;

export class UndoStack {
  private readonly steps: UndoStep[] = [];

  push(step: UndoStep): void {
    this.steps.push(step);
    if (this.steps.length > UNDO_DEPTH) {
      this.steps.shift();
    }
  }

  pop(): UndoStep | null {
    return this.steps.pop() ?? null;
  }

  /** The label of the step `pop` would return, for the UI's "Undo …". */
  peekLabel(): string | null {
    return this.steps[this.steps.length - 1]?.label ?? null;
  }
}
