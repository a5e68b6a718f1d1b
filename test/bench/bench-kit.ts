/**
 * What every suite shares: a wall-clock timer, the process's memory figures, aligned tables on
 * stdout, and one JSON file per suite run under build/bench/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { REPO_ROOT, RESULTS_DIR } from './bench-paths.js';

export const MB = 1e6;

/** What a suite returns: saved as the `result` of its JSON file. */
export type SuiteResult = Record<string, unknown>;

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function statusField(name: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/**
 * Peak resident memory of the whole process, in bytes. The app parses in worker threads inside
 * this process, so the process figure (Linux VmHWM) is the one that counts; elsewhere the
 * kernel's max RSS for the process stands in.
 */
export function peakRssBytes(): number {
  return statusField('VmHWM') ?? process.resourceUsage().maxRSS * 1024;
}

export function currentRssBytes(): number {
  return statusField('VmRSS') ?? process.memoryUsage().rss;
}

/**
 * Starts a new peak from the current RSS (Linux ≥ 4.0: writing 5 to clear_refs), so a suite that
 * runs after others reports its own peak. Returns false where that is not possible, in which case
 * the peak also covers everything the process did before.
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function say(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Prints rows under a header, each column padded to its widest cell (numbers right-aligned). */
export function printTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: readonly string[]): string =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? cell.length;
        return /^[\d.,×%?-]+$/.test(cell) && column > 0 ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  say(format(header));
  say(format(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) {
    say(format(row));
  }
}

/** A number with thousands separators, or with `digits` decimals. */
export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** One file per suite run; every suite of one invocation shares the stamp, so they sort together. */
export async function saveResult(suite: string, stamp: string, result: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${suite}-${stamp}.json`);
  const body = {
    suite,
    startedAt: stamp,
    machine: { node: process.version, platform: process.platform, arch: process.arch },
    result,
  };
  await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
  return relative(REPO_ROOT, path);
}

/** 2026-11-25T09-10-02Z: an ISO instant that is also a portable file name. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}
