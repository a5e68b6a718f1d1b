import { readFile } from 'node:fs/promises';
import { AppError } from '../../../shared/errors.js';
import type { BatesPosition, PacketOrder, PacketVariant } from '../../../shared/model/packet.js';
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

export type PacketCliOptions = {
  case: string;
  request?: string;
  prefix: string;
  start: number;
  width: number;
  position: BatesPosition;
  order: PacketOrder;
  variant: PacketVariant;
  coverLetter?: string;
  out?: string;
  json: boolean;
};

export async function packet(client: Client, options: PacketCliOptions, output: CliOutput): Promise<number> {
  const requestId = await resolveRequestId(client, options.request);
  const coverLetter = options.coverLetter === undefined ? null : await readFile(options.coverLetter, 'utf8');
  const result = await client.call('packet.build', {
    requestId,
    batesPrefix: options.prefix,
    batesStart: options.start,
    batesWidth: options.width,
    batesPosition: options.position,
    order: options.order,
    variant: options.variant,
    coverLetter,
    ...(options.out === undefined ? {} : { outputFolder: options.out }),
  });
  if (options.json) {
    output.out(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    output.out(
      `Packet written: ${result.path}\n  ${result.recordCount} records, ${result.pageCount} pages, Bates ${result.batesFirst}–${result.batesLast}\n  SHA-256 ${result.sha256}\n  Manifest ${result.manifestPath}\n  Checked: ${result.verification.pagesRead} pages read back, no redacted text, Bates numbers contiguous, every record accounted for\n`,
    );
    if (result.uncovered.length > 0) {
      output.out(`  ${result.uncovered.length} character(s) no font could draw: ${result.uncovered.map((char) => `U+${char.codePoint.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}\n`);
    }
  }
  return EXIT.ok;
}
