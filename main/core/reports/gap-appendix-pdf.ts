/**
 * The gap appendix rendered on its own, so an officer can read what a packet will say about
 * missing records before building the packet. Same fonts, drawing and reproducibility as the
 * packet and the 36 CFR 1230.14 report (see disposition-report-pdf.ts).
 */
import type { Gap } from '../../../shared/model/gap.js';
import { AppError } from '../../../shared/errors.js';
import { cleanLine } from '../packet/font-runs.js';
import type { PacketFontFiles } from '../packet/packet-fonts.js';
import { LETTER_GEOMETRY } from '../packet/page-geometry.js';
import { createTextShaper } from '../packet/text-shaper.js';
import { renderPlannedPagesPdf } from './disposition-report-pdf.js';
import { GAP_APPENDIX_TITLE, layoutGapAppendixPreview } from './gap-appendix-layout.js';

export type GapAppendixPdfOptions = {
  caseName: string;
  /** Written as the PDF's creation and modification dates. */
  generatedAt: Date;
};

/**
 * Renders the appendix for `gaps` (in the order given) with the given font bytes (see
 * `loadPacketFonts`). Throws `invalid-args` for an invalid date.
 */
export async function renderGapAppendixPdf(gaps: readonly Gap[], options: GapAppendixPdfOptions, fonts: PacketFontFiles): Promise<Uint8Array> {
  if (Number.isNaN(options.generatedAt.getTime())) {
    throw new AppError('invalid-args', 'The appendix generation date is not a valid date');
  }
  const shaper = createTextShaper(fonts);
  const pages = layoutGapAppendixPreview(gaps, shaper.measure, LETTER_GEOMETRY);
  return renderPlannedPagesPdf(
    pages,
    { title: `${GAP_APPENDIX_TITLE} (preview)`, subject: cleanLine(options.caseName).trim(), generatedAt: options.generatedAt },
    shaper,
    fonts,
  );
}
