/**
 * Building a request's response packet: every record coded for release, withholding or referral
 * (packet-selection.ts decides, and refuses what would make the packet wrong), laid out, drawn,
 * read back and checked (produce-packet.ts; a scanned PDF released in part keeps its page images
 * with the redacted words burned in, scanned-release.ts), then written as a folder of its own: the PDF (or
 * one PDF per record with Concordance and Opticon load files) and a JSON manifest, hashed and
 * audited. The build is a task: progress per page, Cancel between pages, nothing written unless
 * every check passed.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { PacketFile, PacketResult, PacketSummary } from '../../../shared/model/packet.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import type { StoredPacket } from '../case/case-data.js';
import { PACKETS_FOLDER } from '../case/case-session.js';
import { randomId } from '../ingest/ids.js';
import { originalPdfPageCount } from '../packet/assemble-original-page.js';
import { COVER_LETTER_FIELDS, DEFAULT_COVER_LETTER } from '../packet/cover-letter.js';
import { loadPacketFonts } from '../packet/packet-fonts.js';
import type { PacketInput } from '../packet/packet-input.js';
import { packetManifest, serializePacketManifest } from '../packet/packet-manifest.js';
import { producePacket } from '../packet/produce-packet.js';
import { scannedRelease } from '../packet/scanned-release.js';
import { packetCodings, packetItems } from '../review/packet-selection.js';
import { readOriginalBytes } from '../review/read-original-bytes.js';
import { runTask } from '../task-runner.js';
import { sha256Hex } from '../util/hash.js';
import { pageImageOf } from '../util/png-data-url.js';
import { writeAtomically } from '../util/write-atomically.js';
import { requireRequest } from './request-handlers.js';

type PacketHandlers = Pick<CoreHandlers, 'packet.defaults' | 'packet.build' | 'packet.list' | 'packet.pageImage'>;

/** Oldest first, undated last, then by id so the order never depends on the index. */
export function packetOrder(a: RecordDetail, b: RecordDetail): number {
  const at = a.date === null ? Number.POSITIVE_INFINITY : Date.parse(a.date);
  const bt = b.date === null ? Number.POSITIVE_INFINITY : Date.parse(b.date);
  if (at !== bt) {
    return at < bt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Refuses a folder inside the case but outside packets/, and a folder that already exists. */
async function refuseUnsafeTarget(folder: string, caseFolder: string): Promise<void> {
  const insideCase = folder.startsWith(caseFolder + sep);
  if (insideCase && !folder.startsWith(join(caseFolder, PACKETS_FOLDER) + sep)) {
    throw new AppError('invalid-args', `A packet cannot be written inside the case folder except in ${PACKETS_FOLDER}/: ${folder}`, { path: folder });
  }
  if (await stat(folder).then(() => true, () => false)) {
    throw new AppError('invalid-args', `${folder} already exists; a built packet is never replaced`, { path: folder });
  }
}

function summaryOf(packet: StoredPacket): PacketSummary {
  return {
    id: packet.id,
    requestId: packet.requestId,
    createdAt: packet.createdAt,
    variant: packet.variant ?? 'single',
    folder: packet.folder ?? dirname(packet.path),
    path: packet.path,
    sha256: packet.sha256,
    pageCount: packet.pageCount,
    batesFirst: packet.batesFirst,
    batesLast: packet.batesLast,
    recordCount: packet.recordIds.length,
  };
}

export function packetHandlers(ctx: BackendContext): PacketHandlers {
  return {
    'packet.defaults': async () => ({ coverLetter: DEFAULT_COVER_LETTER, coverLetterFields: [...COVER_LETTER_FIELDS] }),
    'packet.list': async ({ requestId }) =>
      ctx
        .session()
        .store.data.packets.filter((packet) => requestId === undefined || packet.requestId === requestId)
        .map(summaryOf),
    'packet.pageImage': async ({ packetId, page, width }) => {
      const packet = ctx.session().store.data.packets.find((candidate) => candidate.id === packetId);
      if (!packet) {
        throw new AppError('not-found', `No packet ${packetId} in this case`, { packetId });
      }
      const bytes = new Uint8Array(await readFile(packet.path));
      if (sha256Hex(bytes) !== packet.sha256) {
        throw new AppError('source-unreadable', `${packet.path} has changed since it was built (its SHA-256 differs); it is not shown`, { path: packet.path });
      }
      const { renderPdfPage } = await import('../documents/pdf/render-pdf-page.js');
      const drawn = await renderPdfPage(bytes, page, { widthPx: width });
      return pageImageOf(drawn);
    },
    'packet.build': async (args): Promise<PacketResult> => {
      const session = ctx.session();
      const { data } = session.store;
      const request = requireRequest(ctx, args.requestId);
      const codings = packetCodings(data.codings, request.id);
      if (codings.length === 0) {
        throw new AppError('invalid-args', `Request "${request.title}" has no records coded for release, withholding or referral`, { requestId: request.id });
      }
      const records = await session.index.getRecords(codings.map((coding) => coding.recordId));
      const items = packetItems(
        codings,
        data.redactions.filter((redaction) => redaction.requestId === request.id),
        records,
        request.title,
      );
      // A PDF released in full goes out as itself, page for page, when its bytes can be read back
      // and its pages can show its filled-in form fields. Those that cannot (and scans released in part whose redactions OCR did not place) are
      // drawn from their text, and the result names them.
      const drawnFromText: string[] = [];
      for (const item of items) {
        if (item.decision === 'release-in-full' && item.record.document?.format === 'pdf') {
          try {
            const { bytes } = await readOriginalBytes(item.record, data.sources);
            item.originalPdfPages = await originalPdfPageCount(item.record.id, bytes, item.record.fileSha256);
          } catch {
            drawnFromText.push(item.record.id);
          }
        }
        // A scanned PDF released in part keeps its page images, the redacted words burned into
        // the pixels, when every redaction lies on words OCR placed; otherwise (or when its
        // bytes cannot be read back) it is drawn from its text, which hides as much.
        if (item.decision === 'release-in-part' && item.record.document?.format === 'pdf' && (item.record.document.ocr?.pages.length ?? 0) > 0) {
          try {
            const { bytes } = await readOriginalBytes(item.record, data.sources);
            const pageCount = await originalPdfPageCount(item.record.id, bytes, item.record.fileSha256);
            item.scanned = scannedRelease(item.record, item.redactions, await session.index.ocrPages(item.record.id), pageCount);
          } catch {
            item.scanned = null;
          }
          if (item.scanned === null) {
            drawnFromText.push(item.record.id);
          }
        }
      }
      const { trackingNumber, title, requester, description, receivedOn, perfectedOn, dateFrom, dateTo, custodians, track, status, regime, unusualCircumstances, tolling, familyRule, id } = request;
      const generatedAt = ctx.clock();
      const input: PacketInput = {
        caseName: data.name,
        request: { id, trackingNumber, title, requester, description, receivedOn, perfectedOn, dateFrom, dateTo, custodians, track, status, regime, unusualCircumstances, tolling, familyRule },
        generatedAt,
        options: {
          order: args.order,
          bates: { prefix: args.batesPrefix, start: args.batesStart, width: args.batesWidth, position: args.batesPosition },
          coverLetter: args.coverLetter,
          variant: args.variant,
        },
        items,
        gaps: data.gaps.filter((gap) => gap.requestIds.includes(request.id)),
      };
      const fonts = await loadPacketFonts(join(ctx.deps.resourcesDir, 'fonts'));
      const byId = new Map(records.map((record) => [record.id, record]));
      const { built, verification } = await runTask(ctx, args.jobId ?? randomId('j'), 'packet', (task) =>
        producePacket(input, fonts, {
          responsiveRecordIds: codings.map((coding) => coding.recordId),
          signal: task.signal,
          onStage: (stage) => task.report(stage, 0, 0),
          onProgress: (done, total) => task.report('Drawing pages', done, total),
          originalPdf: async (recordId) => {
            const record = byId.get(recordId);
            if (record === undefined) {
              throw new AppError('internal', `Record ${recordId} is not in the packet`);
            }
            return (await readOriginalBytes(record, data.sources)).bytes;
          },
        }),
      );

      const packetId = randomId('p');
      // The packet id in the name: two requests can share a Bates range, and a produced
      // packet is evidence that must never be silently replaced.
      const base = args.outputFolder ? resolve(args.outputFolder) : session.packetsFolder;
      const folder = join(base, `${built.batesFirst}-${built.batesLast}-${packetId.slice(2, 10)}`);
      await refuseUnsafeTarget(folder, session.path);
      await mkdir(folder, { recursive: true });
      const files: PacketFile[] = [];
      for (const file of built.files) {
        await writeAtomically(join(folder, file.name), file.bytes);
        files.push({ name: file.name, role: file.role, sha256: sha256Hex(file.bytes), pageCount: file.pageCount });
      }
      const manifestText = serializePacketManifest(packetManifest(input, built));
      const manifestPath = join(folder, 'manifest.json');
      await writeAtomically(manifestPath, new TextEncoder().encode(manifestText));
      const manifestSha256 = sha256Hex(manifestText);
      const main = files.find((file) => file.pageCount !== null);
      if (main === undefined) {
        throw new AppError('internal', 'The packet has no PDF');
      }
      const stored: StoredPacket = {
        id: packetId,
        requestId: request.id,
        path: join(folder, main.name),
        sha256: main.sha256,
        createdAt: generatedAt.toISOString(),
        batesFirst: built.batesFirst,
        batesLast: built.batesLast,
        pageCount: built.pageCount,
        recordIds: built.records.map((record) => record.recordId),
        variant: built.variant,
        folder,
        files: [...files, { name: basename(manifestPath), role: 'manifest', sha256: manifestSha256, pageCount: null }],
        manifestPath,
      };
      await session.store.update((caseData) => {
        caseData.packets.push(stored);
      });
      await session.audit.record({
        action: 'packet.build',
        target: packetId,
        before: null,
        after: {
          requestId: request.id,
          folder,
          variant: built.variant,
          manifestSha256,
          files: stored.files,
          batesFirst: built.batesFirst,
          batesLast: built.batesLast,
          pages: built.pageCount,
          records: stored.recordIds.length,
          checkedPages: verification.pagesRead,
        },
      });
      return {
        ...summaryOf(stored),
        files: stored.files ?? [],
        manifestPath,
        entries: built.entries,
        verification: { pagesRead: verification.pagesRead, milliseconds: verification.milliseconds },
        uncovered: built.uncovered,
        drawnFromText,
      };
    },
  };
}
