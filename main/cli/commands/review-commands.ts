import { AppError } from '../../../shared/errors.js';
import type { Client } from '../../../shared/ipc/client.js';
import type { Decision } from '../../../shared/model/review.js';
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

/** Codes records for a request; exemption codes are read in the request's own catalogue. */
export async function code(
  client: Client,
  recordIds: string[],
  options: { request?: string; decision: Decision | null; exemptions: string[]; statute?: string; note: string },
  output: CliOutput,
): Promise<number> {
  const requestId = await resolveRequestId(client, options.request);
  const request = (await client.call('requests.list', {})).find((candidate) => candidate.id === requestId);
  const catalogue = request?.regime ?? 'us-foia';
  const exemptions = options.exemptions.map((exemption) => ({ catalogue, code: exemption, ...(options.statute ? { statute: options.statute } : {}) }));
  const result = await client.call('records.code', { requestId, recordIds, decision: options.decision, exemptions, note: options.note });
  const label = options.decision ?? 'not reviewed';
  const followers = result.followers > 0 ? `, ${result.followers} more followed as duplicates or attachments` : '';
  output.out(`${recordIds.length} record(s) coded ${label} for request ${requestId}${followers} (${result.changed} changed).\n`);
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
