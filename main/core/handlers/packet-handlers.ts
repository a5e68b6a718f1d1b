/**
 * Building a request's response packet: the responsive records, in date order, as one
 * Bates-numbered PDF written next to the case (or where the officer chose), hashed and audited.
 */
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { DEFAULT_BATES_WIDTH } from '../../../shared/bates.js';
import { AppError } from '../../../shared/errors.js';
import type { PacketResult } from '../../../shared/model/packet.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { PACKETS_FOLDER } from '../case/case-session.js';
import { randomId } from '../ingest/ids.js';
import { buildPacketPdf } from '../packet/build-packet.js';
import { loadPacketFonts } from '../packet/packet-fonts.js';
import { sha256Hex } from '../util/hash.js';
import { writeAtomically } from '../util/write-atomically.js';
import { requireRequest } from './request-handlers.js';

/** Oldest first, undated last, then by id so the order never depends on the index. */
export function packetOrder(a: RecordDetail, b: RecordDetail): number {
  const at = a.date === null ? Number.POSITIVE_INFINITY : Date.parse(a.date);
  const bt = b.date === null ? Number.POSITIVE_INFINITY : Date.parse(b.date);
  if (at !== bt) {
    return at < bt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Refuses to overwrite an existing file, or to write anywhere inside the case but packets/. */
async function refuseUnsafeTarget(path: string, caseFolder: string): Promise<void> {
  const insideCase = path.startsWith(caseFolder + sep);
  if (insideCase && !path.startsWith(join(caseFolder, PACKETS_FOLDER) + sep)) {
    throw new AppError('invalid-args', `A packet cannot be written inside the case folder except in ${PACKETS_FOLDER}/: ${path}`, { path });
  }
  if (await stat(path).then(() => true, () => false)) {
    throw new AppError('invalid-args', `${path} already exists; choose another file name`, { path });
  }
}

export function packetHandlers(ctx: BackendContext): Pick<CoreHandlers, 'packet.build'> {
  return {
    'packet.build': async ({ requestId, batesPrefix, batesStart, outputPath }): Promise<PacketResult> => {
      const session = ctx.session();
      const request = requireRequest(ctx, requestId);
      const codings = session.store.data.codings.filter((coding) => coding.requestId === requestId);
      // Redactions are not burned in yet, so a record released in part cannot leave the building:
      // the packet is refused rather than built with the text it should hide.
      const partial = codings.filter((coding) => coding.decision === 'release-in-part');
      if (partial.length > 0) {
        throw new AppError(
          'unsupported',
          `${partial.length} record(s) of "${request.title}" are released in part; this version cannot yet burn redactions into a packet, so it builds none`,
          { recordIds: partial.map((coding) => coding.recordId) },
        );
      }
      const responsiveIds = codings.filter((coding) => coding.decision === 'release-in-full').map((coding) => coding.recordId);
      if (responsiveIds.length === 0) {
        throw new AppError('invalid-args', `Request "${request.title}" has no records released in full`, { requestId });
      }
      const records = (await session.index.getRecords(responsiveIds)).sort(packetOrder);
      if (records.length !== responsiveIds.length) {
        throw new AppError(
          'index-corrupt',
          `${responsiveIds.length - records.length} responsive record(s) are missing from the index; rebuild the index before building the packet`,
        );
      }
      const generatedAt = ctx.clock();
      const fonts = await loadPacketFonts(join(ctx.deps.resourcesDir, 'fonts'));
      const built = await buildPacketPdf(
        {
          caseName: session.store.data.name,
          requestTitle: request.title,
          requestId,
          bates: { prefix: batesPrefix, start: batesStart, width: DEFAULT_BATES_WIDTH },
          generatedAt,
          records,
        },
        fonts,
      );
      const packetId = randomId('p');
      // The packet id in the name: two requests can share a Bates range, and a produced
      // packet is evidence that must never be silently replaced.
      const path = outputPath ? resolve(outputPath) : join(session.packetsFolder, `${built.batesFirst}-${built.batesLast}-${packetId}.pdf`);
      await refuseUnsafeTarget(path, session.path);
      await writeAtomically(path, built.bytes);
      const sha256 = sha256Hex(built.bytes);
      await session.store.update((data) => {
        data.packets.push({
          id: packetId,
          requestId,
          path,
          sha256,
          createdAt: generatedAt.toISOString(),
          batesFirst: built.batesFirst,
          batesLast: built.batesLast,
          pageCount: built.pageCount,
          recordIds: records.map((record) => record.id),
        });
      });
      await session.audit.record({
        action: 'packet.build',
        target: packetId,
        before: null,
        after: { requestId, path, sha256, batesFirst: built.batesFirst, batesLast: built.batesLast, pages: built.pageCount, records: records.length },
      });
      return {
        path,
        sha256,
        pageCount: built.pageCount,
        recordCount: records.length,
        batesFirst: built.batesFirst,
        batesLast: built.batesLast,
        entries: built.entries,
      };
    },
  };
}
