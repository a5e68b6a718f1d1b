/** The result of checking the hash chain of `audit.jsonl`. */
export type AuditVerification = {
  ok: boolean;
  lineCount: number;
  /** SHA-256 of the last line: cite it to pin the log's state at a point in time. */
  headSha256: string;
  /** 1-based number of the first line that was altered, inserted or removed; null when ok. */
  firstBadLine: number | null;
  problem: string | null;
};

export type AuditEntry = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
};
