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
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import { cleanLine } from './font-runs.js';
import { layoutPacket } from './layout-packet.js';
import { embedPacketFonts, type FaceName, type PacketFontFiles } from './packet-fonts.js';
import type { PagePlan } from './packet-plan.js';
import { assertPacketSpec, type BuiltPacket, type PacketSpec } from './packet-spec.js';
import { LETTER_GEOMETRY } from './page-geometry.js';
import { createTextShaper, type TextShaper } from './text-shaper.js';

export type { BuiltPacket, PacketSpec } from './packet-spec.js';

const PRODUCER = 'FOIA Workbench';
const TEXT_COLOR = rgb(0, 0, 0);
const RULE_COLOR = rgb(0.55, 0.55, 0.55);
const RULE_THICKNESS = 0.6;

/** One `drawText` call: a run of a single face at a position. */
type DrawOp = { text: string; x: number; y: number; size: number; face: FaceName };

function pageOps(page: PagePlan, shaper: TextShaper): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const placed of page.texts) {
    let x = placed.x;
    const runs = shaper.runs(placed.text, placed.style);
    runs.forEach((run, index) => {
      ops.push({ text: run.text, x, y: placed.y, size: placed.size, face: run.face });
      // Shaping is the costly part of drawing; the last run's width is never needed.
      if (index < runs.length - 1) {
        x += shaper.faceWidth(run.face, run.text, placed.size);
      }
    });
  }
  return ops;
}

function drawPage(page: PDFPage, plan: PagePlan, ops: readonly DrawOp[], fonts: ReadonlyMap<FaceName, PDFFont>): void {
  for (const rule of plan.rules) {
    page.drawLine({ start: { x: rule.x1, y: rule.y }, end: { x: rule.x2, y: rule.y }, thickness: RULE_THICKNESS, color: RULE_COLOR });
  }
  for (const op of ops) {
    const font = fonts.get(op.face);
    if (font === undefined) {
      throw new AppError('internal', `Font face ${op.face} was not embedded`);
    }
    page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font, color: TEXT_COLOR });
  }
}

/**
 * Builds the packet for `spec` with the given font bytes (see `loadPacketFonts`). Throws
 * `invalid-args` if the spec has no records or a bad Bates scheme.
 */
export async function buildPacketPdf(spec: PacketSpec, fonts: PacketFontFiles): Promise<BuiltPacket> {
  assertPacketSpec(spec);
  const shaper = createTextShaper(fonts);
  const plan = layoutPacket(spec, shaper.measure, LETTER_GEOMETRY);

  const opsByPage = plan.pages.map((page) => pageOps(page, shaper));
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
    drawPage(page, pagePlan, opsByPage[index] ?? [], embedded);
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
