/**
 * Precision and recall of a detector against labelled gaps. A label is a gap known to be there
 * (by construction, or read by hand from a real export); a proposal finds a label when it
 * `matches` it. A proposal that finds no label it is the first to find is a false positive (a
 * wrong gap, or the same gap proposed twice), and a label no proposal finds is a false negative.
 */
import type { GapProposal } from '../../../../../../shared/model/gap.js';

export type Label = { id: string; matches(proposal: GapProposal): boolean };

export type Score = {
  detector: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  falsePositives: GapProposal[];
  missed: string[];
};

export function score(detector: string, proposals: readonly GapProposal[], labels: readonly Label[]): Score {
  const found = new Set<string>();
  const falsePositives: GapProposal[] = [];
  let matchedProposals = 0;
  for (const proposal of proposals) {
    const fresh = labels.filter((label) => !found.has(label.id) && label.matches(proposal));
    if (fresh.length === 0) {
      falsePositives.push(proposal);
      continue;
    }
    matchedProposals += 1;
    fresh.forEach((label) => found.add(label.id));
  }
  const tp = found.size;
  const fn = labels.length - tp;
  return {
    detector,
    tp,
    fp: falsePositives.length,
    fn,
    precision: proposals.length === 0 ? 1 : matchedProposals / proposals.length,
    recall: labels.length === 0 ? 1 : tp / labels.length,
    falsePositives,
    missed: labels.filter((label) => !found.has(label.id)).map((label) => label.id),
  };
}

/** The table for the report: one row per detector (or per detector and case). */
export function formatScores(scores: readonly Score[]): string {
  const rows = [['detector', 'TP', 'FP', 'FN', 'precision', 'recall'], ...scores.map((s) => [s.detector, String(s.tp), String(s.fp), String(s.fn), s.precision.toFixed(2), s.recall.toFixed(2)])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
