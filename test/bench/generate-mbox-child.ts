/**
 * generateMbox in a child process (generate-mbox-cli.ts), timed from spawn to exit: the strings
 * and buffers of a gigabyte-sized generation then never sit in the process whose memory or
 * latency a suite measures.
 */
import { fileURLToPath } from 'node:url';
import type { GeneratedMbox, GenerateMboxOptions } from './generate-mbox.js';
import { failureOf, runTimed } from './run-timed-process.js';

export async function generateInChild(options: GenerateMboxOptions): Promise<{ ms: number; mbox: GeneratedMbox }> {
  const cli = fileURLToPath(new URL('./generate-mbox-cli.js', import.meta.url));
  const run = await runTimed(process.execPath, [cli, JSON.stringify(options)], process.env);
  const failure = failureOf('mbox generation', run);
  if (failure !== null) {
    throw new Error(failure);
  }
  return { ms: run.ms, mbox: JSON.parse(run.stdout) as GeneratedMbox };
}
