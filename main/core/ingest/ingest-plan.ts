/**
 * What an ingest run must do with each file, decided by comparing the folder as it is now with
 * the file states the index recorded last time: skip what is unchanged and complete, continue
 * what was interrupted, try again what failed, redo what changed, forget what disappeared. Pure.
 *
 * Unchanged means same size and same modification time: hashing every file of a large source
 * again on each re-add would cost as much as indexing it. A file whose size or time changed is
 * read again whole (and hashed on the way); its old records are forgotten first.
 */
import type { SourceFileState } from '../index/record-index.js';
import type { SourceEntry } from './walk-source.js';

export type PlannedFile = SourceEntry & {
  /** 'new': never indexed; 'changed': indexed before, now different; 'resume': interrupted at `resume`. */
  action: 'new' | 'changed' | 'resume';
  resume: string;
};

export type IngestPlan = {
  toRead: PlannedFile[];
  unchanged: SourceEntry[];
  /** Paths indexed before that are no longer in the source. */
  removed: string[];
};

/**
 * `unseen` are paths the walk could not look into (an unreadable folder, a file it could not
 * stat): what was indexed under them is kept, not taken for deleted.
 */
export function planIngest(entries: readonly SourceEntry[], states: readonly SourceFileState[], unseen: readonly string[] = []): IngestPlan {
  const hidden = (path: string) => unseen.some((prefix) => prefix === '.' || path === prefix || path.startsWith(`${prefix}/`));
  const byPath = new Map(states.map((state) => [state.path, state]));
  const plan: IngestPlan = { toRead: [], unchanged: [], removed: [] };
  const present = new Set<string>();
  for (const entry of entries) {
    present.add(entry.relativePath);
    const state = byPath.get(entry.relativePath);
    const same = state !== undefined && state.size === entry.size && state.mtimeMs === entry.mtimeMs;
    if (state === undefined) {
      plan.toRead.push({ ...entry, action: 'new', resume: '' });
    } else if (!same) {
      plan.toRead.push({ ...entry, action: 'changed', resume: '' });
    } else if (state.state === 'done' || state.state === 'unsupported') {
      plan.unchanged.push(entry);
    } else {
      plan.toRead.push({ ...entry, action: 'resume', resume: state.state === 'partial' ? state.resume : '' });
    }
  }
  for (const state of states) {
    if (!present.has(state.path) && !hidden(state.path)) {
      plan.removed.push(state.path);
    }
  }
  return plan;
}
