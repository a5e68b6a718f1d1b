import type { Client } from '../../../shared/ipc/client.js';
import type { IngestProgress } from '../../../shared/ipc/contract.js';
import type { SourceChannel } from '../../../shared/model/case.js';
import { EXIT } from '../exit-codes.js';
import { terminalSafe } from '../terminal-text.js';
import type { CliOutput } from '../output.js';

function progressLine(progress: IngestProgress): string {
  const total = progress.filesTotal > 0 ? `/${progress.filesTotal}` : '';
  return `${progress.phase} ${progress.filesDone}${total} files, ${progress.recordsIndexed} records, ${progress.errors} errors`;
}

/**
 * Ingests one source. Ctrl+C cancels cleanly (the case is left as it was) instead of killing
 * the process mid-write.
 */
export async function ingest(
  client: Client,
  path: string,
  options: { custodian: string; channel: SourceChannel; json: boolean },
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
    const report = await client.call('sources.add', { path, custodian: options.custodian, channel: options.channel, jobId });
    if (output.interactive) {
      output.err('\n');
    }
    if (options.json) {
      output.out(`${JSON.stringify(report, null, 2)}\n`);
    } else if (report.alreadyPresent) {
      output.out(`Already in the case: ${report.source.path} (source ${report.source.id}); nothing changed.\n`);
    } else if (report.status === 'cancelled') {
      output.out('Cancelled: nothing was added to the case.\n');
    } else {
      output.out(
        `Indexed ${report.source.path}: ${report.recordsAdded} new records, ${report.duplicatesFound} already present, ${report.errors.length} problems (source ${report.source.id}).\n`,
      );
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
