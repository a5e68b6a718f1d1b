import type { Client } from '../../../shared/ipc/client.js';
import type { IngestProgress } from '../../../shared/ipc/contract.js';
import type { DateOrderChoice, IngestReport, SourceChannel } from '../../../shared/model/case.js';
import { EXIT } from '../exit-codes.js';
import { terminalSafe } from '../terminal-text.js';
import type { CliOutput } from '../output.js';

const MB = 1024 * 1024;

export function progressLine(progress: IngestProgress): string {
  const total = progress.filesTotal > 0 ? `/${progress.filesTotal}` : '';
  const seconds = progress.elapsedMs / 1000;
  const rate = seconds > 0 ? `, ${(progress.itemsRead / seconds).toFixed(0)} items/s` : '';
  const left = progress.etaMs === null ? '' : `, ~${Math.ceil(progress.etaMs / 1000)} s left`;
  return (
    `${progress.phase} ${progress.filesDone}${total} files, ${(progress.bytesDone / MB).toFixed(1)}/${(progress.bytesTotal / MB).toFixed(1)} MB, ` +
    `${progress.itemsRead} items, ${progress.recordsIndexed} records, ${progress.errors} errors${rate}${left}`
  );
}

function countsLine(report: IngestReport): string {
  const { counts } = report.run;
  const kinds = Object.entries(counts.recordsByKind).map(([kind, count]) => `${count} ${kind}`);
  const notRecords = Object.entries(counts.notRecords).map(([what, count]) => `${count} ${what}`);
  return [
    `  read ${counts.itemsRead} items (${kinds.join(', ') || 'no records'}) in ${(report.run.durationMs / 1000).toFixed(1)} s, ${(report.run.bytesRead / MB).toFixed(1)} MB`,
    `  files: ${counts.filesIndexed} indexed, ${counts.filesUnchanged} unchanged, ${counts.filesResumed} resumed, ${counts.filesRemoved} removed, ${counts.filesFailed} failed`,
    notRecords.length > 0 ? `  not records: ${notRecords.join(', ')}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Ingests one source. Ctrl+C cancels cleanly: what was indexed stays, and running the same
 * command again continues from there.
 */
export async function ingest(
  client: Client,
  path: string,
  options: { custodian: string; channel: SourceChannel; json: boolean; timeZone?: string; dateOrder?: DateOrderChoice; chatMapping?: string },
  output: CliOutput,
  signals: Pick<NodeJS.Process, 'once' | 'off'> = process,
): Promise<number> {
  const jobId = `cli_${Date.now().toString(36)}`;
  const unsubscribe = client.on('ingest.progress', (progress) => {
    if (progress.jobId === jobId && output.interactive) {
      output.err(`\r${progressLine(progress)}\u001b[K`);
    }
  });
  const onInterrupt = () => {
    output.err('\nCancelling…\n');
    void client.call('ingest.cancel', { jobId });
  };
  signals.once('SIGINT', onInterrupt);
  try {
    const report = await client.call('sources.add', {
      path,
      custodian: options.custodian,
      channel: options.channel,
      jobId,
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
      ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }),
      ...(options.chatMapping === undefined ? {} : { chatMapping: options.chatMapping }),
    });
    if (output.interactive) {
      output.err('\n');
    }
    if (options.json) {
      output.out(`${JSON.stringify(report, null, 2)}\n`);
    } else if (report.alreadyPresent) {
      output.out(`Already in the case: ${report.source.path} (source ${report.source.id}); nothing changed.\n`);
    } else if (report.status === 'cancelled') {
      output.out(`Cancelled: ${report.recordsAdded} records indexed so far are kept; run the same command again to continue.\n`);
    } else {
      output.out(
        `Indexed ${report.source.path}: ${report.recordsAdded} new records, ${report.duplicatesFound} copies of records already present, ${report.errors.length} problems (source ${report.source.id}).\n`,
      );
      output.out(`${terminalSafe(countsLine(report))}\n`);
      for (const error of report.errors) {
        output.out(`${terminalSafe(`  ${error.severity}: ${error.path}${error.locator ? `#${error.locator}` : ''}: ${error.message}`)}\n`);
      }
    }
    if (report.status === 'cancelled') {
      return EXIT.cancelled;
    }
    return report.errors.some((error) => error.severity === 'error') ? EXIT.sourceProblem : EXIT.ok;
  } finally {
    signals.off('SIGINT', onInterrupt);
    unsubscribe();
  }
}
