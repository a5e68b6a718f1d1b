/**
 * The 36 CFR 1230.14 unauthorized-disposition report as PDF, ready to send to NARA. Drawn with
 * the packet's fonts (packet-fonts.ts) and shaping (text-shaper.ts), so evidence quoted from
 * chats in Cyrillic, Arabic or CJK prints as written instead of failing on pdf-lib's WinAnsi
 * fonts.
 *
 * Reproducible like packets: the same input and fonts give byte-identical files (no trailer /ID,
 * metadata dates from `generatedAt`, pdf-lib told not to stamp its own, fonts embedded in a fixed
 * order), so a report that was sent can be checked by rendering it again. The metadata names the
 * program, never the officer's machine: no author, no file paths.
 */
import { PDFDocument } from 'pdf-lib';
import { cleanLine } from '../packet/font-runs.js';
import { embedPacketFonts, type FaceName, type PacketFontFiles } from '../packet/packet-fonts.js';
import { LETTER_GEOMETRY } from '../packet/page-geometry.js';
import { createTextShaper, type TextShaper } from '../packet/text-shaper.js';
import { drawPlannedPage, pageDrawOps, type PlannedPage } from '../packet/draw-planned-page.js';
import { assertDispositionReportInput, DISPOSITION_REPORT_TITLE, type DispositionReportInput } from './disposition-report-input.js';
import { layoutDispositionReport } from './disposition-report-layout.js';

export const PDF_PRODUCER = 'FOIA Workbench';

/** The document information a report PDF carries. */
export type ReportPdfMetadata = { title: string; subject: string; generatedAt: Date };

/**
 * Draws laid-out Letter pages into a new PDF with `metadata`, embedding only the faces used.
 * Shared by the reports in this folder; `shaper` must be the one the pages were measured with.
 */
export async function renderPlannedPagesPdf(
  pages: readonly PlannedPage[],
  metadata: ReportPdfMetadata,
  shaper: TextShaper,
  fonts: PacketFontFiles,
): Promise<Uint8Array> {
  const opsByPage = pages.map((page) => pageDrawOps(page, shaper));
  const faces = new Set<FaceName>(opsByPage.flatMap((ops) => ops.map((op) => op.face)));

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(cleanLine(metadata.title));
  doc.setSubject(cleanLine(metadata.subject));
  doc.setCreator(PDF_PRODUCER);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(metadata.generatedAt);
  doc.setModificationDate(metadata.generatedAt);

  const embedded = await embedPacketFonts(doc, fonts, faces);
  pages.forEach((plan, index) => {
    const page = doc.addPage([LETTER_GEOMETRY.width, LETTER_GEOMETRY.height]);
    drawPlannedPage(page, plan, opsByPage[index] ?? [], embedded);
  });
  return doc.save({ useObjectStreams: true });
}

/**
 * Renders the report with the given font bytes (see `loadPacketFonts`). Throws `invalid-args`
 * when the input has no gaps or an invalid date.
 */
export async function renderDispositionReportPdf(input: DispositionReportInput, fonts: PacketFontFiles): Promise<Uint8Array> {
  assertDispositionReportInput(input);
  const shaper = createTextShaper(fonts);
  const pages = layoutDispositionReport(input, shaper.measure, LETTER_GEOMETRY);
  const metadata: ReportPdfMetadata = {
    title: `${DISPOSITION_REPORT_TITLE}: ${cleanLine(input.agency).trim()}`,
    subject: `36 CFR 1230.14 report, case ${cleanLine(input.caseName).trim()}`,
    generatedAt: input.generatedAt,
  };
  return renderPlannedPagesPdf(pages, metadata, shaper, fonts);
}
