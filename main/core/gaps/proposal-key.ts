/**
 * Proposal keys. A reviewer's rejection is stored by key, so the key must come out the same
 * every time the detectors run over the same evidence, whatever order records were loaded in:
 * it is built from the detector and facts that identify the gap (record ids, a conversation and
 * a period), never from positions or the time of the run.
 */
import { createHash } from 'node:crypto';
import type { GapDetector } from '../../../shared/model/gap.js';

/**
 * `detector:` followed by a digest of the parts. Callers pass parts in a canonical order
 * (sorted ids, ISO days), so equal facts give equal keys.
 */
export function proposalKey(detector: GapDetector, parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
  return `${detector}:${digest}`;
}

/** The ids, each once, sorted: the canonical form of "these records" inside a key. */
export function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}
