/**
 * Builds the response packet PDF: lays the packet out (layout-packet.ts), embeds only the font
 * faces the layout uses, and draws every page with its Bates number.
 *
 * Reproducible output: the same spec and fonts give byte-identical PDFs, so a released packet
 * can be verified by rebuilding it. That holds because pdf-lib writes no trailer /ID, its only
 * "random" values (suffixes of embedded font names) come from a generator seeded afresh for each
 * document, metadata dates are set from `generatedAt` (`updateMetadata: false` stops pdf-lib
 * stamping the current time and its own producer), and fonts are embedded in a fixed order.
 *
 * Right-to-left text (Hebrew, Arabic) is shaped and each right-to-left run reads correctly, but
 * runs are placed left to right in written order and lines are left-aligned: full bidirectional
 * reordering is out of scope (see font-runs.ts).
 */
import { PDFDocument } from 'pdf-lib';
import { cleanLine } from './font-runs.js';
import { layoutPacket } from './layout-packet.js';
import { embedPacketFonts, type FaceName, type PacketFontFiles } from './packet-fonts.js';
import { assertPacketSpec, type BuiltPacket, type PacketSpec } from './packet-spec.js';
import { LETTER_GEOMETRY } from './page-geometry.js';
import { createTextShaper } from './text-shaper.js';
import { drawPlannedPage, pageDrawOps } from './draw-planned-page.js';

export type { BuiltPacket, PacketSpec } from './packet-spec.js';

const PRODUCER = 'FOIA Workbench';
/**
 * Builds the packet for `spec` with the given font bytes (see `loadPacketFonts`). Throws
 * `invalid-args` if the spec has no records or a bad Bates scheme.
 */
export async function buildPacketPdf(spec: PacketSpec, fonts: PacketFontFiles): Promise<BuiltPacket> {
  assertPacketSpec(spec);
  const shaper = createTextShaper(fonts);
  const plan = layoutPacket(spec, shaper.measure, LETTER_GEOMETRY);

  const opsByPage = plan.pages.map((page) => pageDrawOps(page, shaper));
  const faces = new Set<FaceName>(opsByPage.flatMap((ops) => ops.map((op) => op.face)));

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`Response packet: ${cleanLine(spec.requestTitle)}`);
  doc.setSubject(`${cleanLine(spec.caseName)}, request ${cleanLine(spec.requestId)}`);
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(spec.generatedAt);
  doc.setModificationDate(spec.generatedAt);

  const embedded = await embedPacketFonts(doc, fonts, faces);
  plan.pages.forEach((pagePlan, index) => {
    const page = doc.addPage([LETTER_GEOMETRY.width, LETTER_GEOMETRY.height]);
    drawPlannedPage(page, pagePlan, opsByPage[index] ?? [], embedded);
  });

  const bytes = await doc.save({ useObjectStreams: true });
  return {
    bytes,
    pageCount: plan.pages.length,
    batesFirst: plan.batesFirst,
    batesLast: plan.batesLast,
    entries: plan.entries,
  };
}
