/**
 * `foia terms`: a search-term report in the terminal, and optionally written as CSV or PDF into
 * the case's reports/ folder (hashed and audited by the backend, like the app's export).
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../../../shared/errors.js';
import type { Client } from '../../../shared/ipc/client.js';
import type { TermReport } from '../../../shared/model/search.js';
import { EXIT } from '../exit-codes.js';
import type { CliOutput } from '../output.js';
import { terminalSafe } from '../terminal-text.js';

export type TermsOptions = { within: string; request?: string; csv: boolean; pdf: boolean; file?: string; json: boolean };

const HEADER = ['Term', 'Records hit', 'Unique hits', 'With families', 'Unique with families'] as const;

/** Terms from a file: one per line; blank lines are skipped, surrounding spaces trimmed. */
export async function readTermsFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new AppError('not-found', `Cannot read the terms file ${path}: ${error instanceof Error ? error.message : String(error)}`, { path });
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const count = (value: number): string => value.toLocaleString('en-US');

/** The report as an aligned text table: terms left, counts right, the total row last. */
export function formatTermTable(report: TermReport): string {
  const body = report.rows.map((row) => [
    terminalSafe(row.term.replace(/\s+/g, ' ')),
    count(row.hits),
    count(row.uniqueHits),
    count(row.hitsWithFamilies),
    count(row.uniqueHitsWithFamilies),
  ]);
  const total = ['Total (any term)', count(report.total.hits), '', count(report.total.hitsWithFamilies), ''];
  const table = [[...HEADER], ...body, total];
  const widths = HEADER.map((_, column) => Math.max(...table.map((cells) => Array.from(cells[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const pad = ' '.repeat(Math.max(0, (widths[column] ?? 0) - Array.from(cell).length));
        return column === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const within = report.within === '' ? 'the whole case' : terminalSafe(report.within);
  return [
    line(table[0] ?? []),
    rule,
    ...body.map(line),
    rule,
    line(total),
    '',
    `Records searched: ${count(report.recordsSearched)} (within: ${within})`,
    '',
  ].join('\n');
}

export async function terms(client: Client, given: readonly string[], options: TermsOptions, output: CliOutput): Promise<number> {
  const list = [...given, ...(options.file === undefined ? [] : await readTermsFile(options.file))];
  if (list.length === 0) {
    throw new AppError('invalid-args', 'Give at least one term, as arguments or with --file (one per line)');
  }
  if (options.csv && options.pdf) {
    throw new AppError('invalid-args', 'Choose one of --csv and --pdf');
  }
  const args = { terms: list, within: options.within, requestId: options.request ?? null };
  const format = options.csv ? 'csv' : options.pdf ? 'pdf' : null;
  if (format === null) {
    const report = await client.call('search.termReport', args);
    output.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatTermTable(report));
    return EXIT.ok;
  }
  const written = await client.call('search.exportTermReport', { ...args, format });
  if (options.json) {
    output.out(`${JSON.stringify(written, null, 2)}\n`);
  } else {
    output.out(`${formatTermTable(written.report)}\nReport written: ${written.path}\n  SHA-256 ${written.sha256}\n`);
  }
  return EXIT.ok;
}
