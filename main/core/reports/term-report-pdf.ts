/**
 * A search-term report as PDF: what an officer attaches when asking a requester to narrow a
 * request. Drawn with the packet's fonts (packet-fonts.ts) and shaping (text-shaper.ts), so terms
 * in Cyrillic, Arabic or CJK print as written instead of failing on pdf-lib's WinAnsi fonts.
 *
 * Reproducible like packets: the same report, heading and fonts give byte-identical files (no
 * trailer /ID, metadata dates from `generatedAt`, pdf-lib told not to stamp its own, fonts
 * embedded in a fixed order), so an exported report can be checked by rendering it again.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import type { TermReport } from '../../../shared/model/search.js';
import { cleanLine } from '../packet/font-runs.js';
import { embedPacketFonts, type FaceName, type PacketFontFiles } from '../packet/packet-fonts.js';
import { LETTER_GEOMETRY } from '../packet/page-geometry.js';
import { createTextShaper, type TextShaper } from '../packet/text-shaper.js';
import { layoutTermReport, TERM_REPORT_TITLE, type TermReportPage } from './term-report-layout.js';

export type TermReportPdfOptions = {
  caseName: string;
  /** The request the report was run for, or null for the whole case. */
  requestTitle: string | null;
  /** Written as the PDF's creation and modification dates. */
  generatedAt: Date;
};

const PRODUCER = 'FOIA Workbench';
const TEXT_COLOR = rgb(0, 0, 0);
const RULE_COLOR = rgb(0.55, 0.55, 0.55);
const RULE_THICKNESS = 0.6;

/** One `drawText` call: a run of one face at a position. */
type DrawOp = { text: string; x: number; y: number; size: number; face: FaceName };

function pageOps(page: TermReportPage, shaper: TextShaper): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const placed of page.texts) {
    let x = placed.x;
    for (const run of shaper.runs(placed.text, placed.style)) {
      ops.push({ text: run.text, x, y: placed.y, size: placed.size, face: run.face });
      x += shaper.faceWidth(run.face, run.text, placed.size);
    }
  }
  return ops;
}

function drawPage(page: PDFPage, plan: TermReportPage, ops: readonly DrawOp[], fonts: ReadonlyMap<FaceName, PDFFont>): void {
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

/** Renders `report` with the given font bytes (see `loadPacketFonts`). */
export async function renderTermReportPdf(report: TermReport, options: TermReportPdfOptions, fonts: PacketFontFiles): Promise<Uint8Array> {
  const shaper = createTextShaper(fonts);
  const pages = layoutTermReport(report, { caseName: options.caseName, requestTitle: options.requestTitle }, shaper.measure, LETTER_GEOMETRY);
  const opsByPage = pages.map((page) => pageOps(page, shaper));
  const faces = new Set<FaceName>(opsByPage.flatMap((ops) => ops.map((op) => op.face)));

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${TERM_REPORT_TITLE}: ${cleanLine(options.caseName)}`);
  doc.setSubject(options.requestTitle === null ? cleanLine(options.caseName) : `${cleanLine(options.caseName)}, request "${cleanLine(options.requestTitle)}"`);
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(options.generatedAt);
  doc.setModificationDate(options.generatedAt);

  const embedded = await embedPacketFonts(doc, fonts, faces);
  pages.forEach((plan, index) => {
    const page = doc.addPage([LETTER_GEOMETRY.width, LETTER_GEOMETRY.height]);
    drawPage(page, plan, opsByPage[index] ?? [], embedded);
  });
  return doc.save({ useObjectStreams: true });
}
