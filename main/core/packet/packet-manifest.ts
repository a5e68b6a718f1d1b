/**
 * The packet's manifest: what was produced, from what, and how to check it. For each file its
 * SHA-256; for each record its decision, exemptions, Bates range, page count, and the SHA-256 of
 * its source file and of its content as ingest recorded them, so the released pages can be tied
 * back to the collected evidence. Pure: the handler writes it next to the packet and audits it.
 *
 * Serialised canonically (keys sorted at every level, two-space indent, final newline), so the
 * same packet always gives the same manifest bytes and two manifests can be compared with diff.
 *
 * The manifest is the agency's record of the production. Titles are left out (a subject can be
 * what was redacted). If it is released too, note that the hashes of records withheld in full
 * let someone holding a guessed copy confirm it.
 */
import { AppError } from '../../../shared/errors.js';
import { sha256Hex } from '../util/hash.js';
import type { BuiltPacket, PacketFileRole } from './assemble-packet.js';
import { exemptionLabels } from './assemble-released-fields.js';
import type { PacketDecision, PacketInput, PacketVariant } from './packet-input.js';

export const PACKET_MANIFEST_FORMAT = 'foia-workbench/packet-manifest/1';

export type PacketManifestFile = {
  name: string;
  role: PacketFileRole;
  sha256: string;
  sizeBytes: number;
  pageCount: number | null;
  batesFirst: string | null;
  batesLast: string | null;
  recordId: string | null;
};

export type PacketManifestRecord = {
  recordId: string;
  decision: PacketDecision;
  /** As printed: '(b)(6)', '(b)(3): 26 U.S.C. 6103'. */
  exemptions: string[];
  sourceSha256: string;
  contentSha256: string;
  batesFirst: string;
  batesLast: string;
  pageCount: number;
  /** The record's own PDF in the per-record variant; null in a single packet. */
  fileName: string | null;
};

export type PacketManifest = {
  format: string;
  generatedAt: string;
  request: { id: string; trackingNumber: string };
  variant: PacketVariant;
  batesFirst: string;
  batesLast: string;
  pageCount: number;
  files: PacketManifestFile[];
  records: PacketManifestRecord[];
};

/**
 * The manifest of `built`, built from `input`. File names are those in `built.files`: a caller
 * that stores a file under another name maps `files` first.
 */
export function packetManifest(input: PacketInput, built: BuiltPacket): PacketManifest {
  const items = new Map(input.items.map((item) => [item.record.id, item]));
  return {
    format: PACKET_MANIFEST_FORMAT,
    generatedAt: input.generatedAt.toISOString(),
    request: { id: input.request.id, trackingNumber: input.request.trackingNumber },
    variant: built.variant,
    batesFirst: built.batesFirst,
    batesLast: built.batesLast,
    pageCount: built.pageCount,
    files: built.files.map((file) => ({
      name: file.name,
      role: file.role,
      sha256: sha256Hex(file.bytes),
      sizeBytes: file.bytes.byteLength,
      pageCount: file.pageCount,
      batesFirst: file.batesFirst,
      batesLast: file.batesLast,
      recordId: file.recordId,
    })),
    records: built.records.map((record) => {
      const item = items.get(record.recordId);
      if (item === undefined) {
        throw new AppError('internal', `Record ${record.recordId} is in the packet but not in its input`, { recordId: record.recordId });
      }
      return {
        recordId: record.recordId,
        decision: item.decision,
        exemptions: exemptionLabels(item.exemptions),
        sourceSha256: item.record.fileSha256,
        contentSha256: item.record.contentSha256,
        batesFirst: record.batesFirst,
        batesLast: record.batesLast,
        pageCount: record.pageCount,
        fileName: record.fileName,
      };
    }),
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function canonical(value: unknown): Json {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value !== null && typeof value === 'object') {
    const sorted: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = canonical((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value as Json;
}

/** The manifest as canonical JSON text, to be written as UTF-8. */
export function serializePacketManifest(manifest: PacketManifest): string {
  return `${JSON.stringify(canonical(manifest), null, 2)}\n`;
}
