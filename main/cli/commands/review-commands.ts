import { AppError } from '../../../shared/errors.js';
import type { Client } from '../../../shared/ipc/client.js';
import type { Responsiveness } from '../../../shared/model/case.js';
import { EXIT } from '../exit-codes.js';
import type { CliOutput } from '../output.js';

/** `--request` may be left out when the case has exactly one request. */
export async function resolveRequestId(client: Client, given: string | undefined): Promise<string> {
  if (given) {
    return given;
  }
  const requests = await client.call('requests.list', {});
  const [only] = requests;
  if (requests.length === 1 && only) {
    return only.id;
  }
  throw new AppError('invalid-args', `The case has ${requests.length} requests: name one with --request (see "foia request list")`);
}

export async function tag(
  client: Client,
  recordIds: string[],
  options: { request?: string; responsiveness: Responsiveness | null; note: string },
  output: CliOutput,
): Promise<number> {
  const requestId = await resolveRequestId(client, options.request);
  const codings = await client.call('records.tag', { requestId, recordIds, responsiveness: options.responsiveness, note: options.note });
  const label = options.responsiveness ?? 'not reviewed';
  output.out(`${recordIds.length} record(s) marked ${label} for request ${requestId} (${codings.length} coded).\n`);
  return EXIT.ok;
}

export async function packet(
  client: Client,
  options: { request?: string; prefix: string; start: number; out?: string; json: boolean },
  output: CliOutput,
): Promise<number> {
  const requestId = await resolveRequestId(client, options.request);
  const result = await client.call('packet.build', { requestId, batesPrefix: options.prefix, batesStart: options.start, outputPath: options.out });
  if (options.json) {
    output.out(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    output.out(
      `Packet written: ${result.path}\n  ${result.recordCount} records, ${result.pageCount} pages, Bates ${result.batesFirst}–${result.batesLast}\n  SHA-256 ${result.sha256}\n`,
    );
  }
  return EXIT.ok;
}
