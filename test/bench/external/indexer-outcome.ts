/** What one external indexer did over the bench's input, as the ingest suite prints it. */
export type IndexerRun = {
  tool: string;
  /** The command that was timed, as a reader would type it. */
  command: string;
  ms: number;
  peakRssBytes: number | null;
  /** Why the run is suspect (non-zero exit, nothing indexed as mail); null when clean. */
  problem: string | null;
  /** Documents the tool reports as indexed messages afterwards; null when it could not say. */
  indexed: number | null;
  /** What `indexed` counts, e.g. "message/rfc822 documents". */
  indexedNote: string;
  /** Documents its own search finds for the bench's known word. */
  wordHits: number | null;
};

export type IndexerOutcome = IndexerRun | { tool: string; skipped: string };

/** A count that makes the timing meaningless: none could be read, or nothing was indexed as mail. */
export function countProblem(tool: string, indexed: number | null): string | null {
  if (indexed === null) {
    return `could not read how many messages ${tool} indexed`;
  }
  return indexed === 0 ? `${tool} indexed no file as a mail message` : null;
}

export function isSkipped(outcome: IndexerOutcome): outcome is { tool: string; skipped: string } {
  return 'skipped' in outcome;
}
