/**
 * A search-term report as PDF: what an officer attaches when asking a requester to narrow a
 * request. Drawn with the packet's fonts (packet-fonts.ts) and shaping (text-shaper.ts), so terms
 * in Cyrillic, Arabic or CJK print as written instead of failing on pdf-lib's WinAnsi fonts.
 *
 * Reproducible like packets: the same report, heading and fonts give byte-identical files (no
 * trailer /ID, metadata dates from `generatedAt`, pdf-lib told not to stamp its own, fonts
 * embedded in a fixed order), so an exported report can be checked by rendering it again.
 */
import { PDFDocument } from 'pdf-lib';
import type { TermReport } from '../../../shared/model/search.js';
import { cleanLine } from '../packet/font-runs.js';
import { embedPacketFonts, type FaceName, type PacketFontFiles } from '../packet/packet-fonts.js';
import { LETTER_GEOMETRY } from '../packet/page-geometry.js';
import { createTextShaper } from '../packet/text-shaper.js';
import { drawPlannedPage, pageDrawOps } from '../packet/draw-planned-page.js';
import { layoutTermReport, TERM_REPORT_TITLE } from './term-report-layout.js';

export type TermReportPdfOptions = {
  caseName: string;
  /** The request the report was run for, or null for the whole case. */
  requestTitle: string | null;
  /** Written as the PDF's creation and modification dates. */
  generatedAt: Date;
};

const PRODUCER = 'FOIA Workbench';
/** Renders `report` with the given font bytes (see `loadPacketFonts`). */
export async function renderTermReportPdf(report: TermReport, options: TermReportPdfOptions, fonts: PacketFontFiles): Promise<Uint8Array> {
  const shaper = createTextShaper(fonts);
  const pages = layoutTermReport(report, { caseName: options.caseName, requestTitle: options.requestTitle }, shaper.measure, LETTER_GEOMETRY);
  const opsByPage = pages.map((page) => pageDrawOps(page, shaper));
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
    drawPlannedPage(page, plan, opsByPage[index] ?? [], embedded);
  });
  return doc.save({ useObjectStreams: true });
}
