import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { DISPOSITION_SECTIONS } from '../../../../../main/core/reports/disposition-report-input.js';
import { renderDispositionReportPdf } from '../../../../../main/core/reports/disposition-report-pdf.js';
import { renderGapAppendixPdf } from '../../../../../main/core/reports/gap-appendix-pdf.js';
import { GAP_APPENDIX_TITLE } from '../../../../../main/core/reports/gap-appendix-layout.js';
import { REPO_ROOT } from '../../../../support/corpus.js';
import { expectCode } from '../../../../support/expect-code.js';
import { readPdfPages } from '../../../../support/pdf-text.js';
import { ARABIC_QUOTE, CJK_QUOTE, CYRILLIC_QUOTE, GAPS, GENERATED_AT, makeGap, makeInput, manyEvidence } from './disposition-fixtures.js';

/** pdf.js splits text into items where the font changes; compare without the line breaks. */
const flat = (pages: readonly string[]): string => pages.join('\n').replace(/\n/g, ' ');

async function expectCleanMetadata(bytes: Uint8Array, title: string): Promise<void> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  expect(doc.getTitle()).toBe(title);
  expect(doc.getAuthor()).toBeUndefined();
  expect(doc.getKeywords()).toBeUndefined();
  expect(doc.getProducer()).toBe('FOIA Workbench');
  expect(doc.getCreator()).toBe('FOIA Workbench');
  expect(doc.getCreationDate()?.toISOString()).toBe(GENERATED_AT.toISOString());
  expect(doc.getModificationDate()?.toISOString()).toBe(GENERATED_AT.toISOString());
  // Nothing about the machine it was made on: no checkout or font paths.
  const raw = Buffer.from(bytes).toString('latin1');
  expect(raw).not.toContain(REPO_ROOT);
  expect(raw).not.toContain('resources/fonts');
}

describe('renderDispositionReportPdf', () => {
  let fonts: PacketFontFiles;
  let bytes: Uint8Array;
  let pages: string[];
  beforeAll(async () => {
    fonts = await loadPacketFonts(join(REPO_ROOT, 'resources', 'fonts'));
    bytes = await renderDispositionReportPdf(makeInput(), fonts);
    pages = await readPdfPages(bytes);
  });

  it('prints the cover and every section heading, in order', () => {
    const text = flat(pages);
    expect(pages[0]).toContain('Report of unauthorized disposition of federal records');
    expect(pages[0]).toContain('36 CFR 1230.14');
    const positions = DISPOSITION_SECTIONS.map((section) => text.indexOf(section.heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const gap of GAPS) {
      expect(text).toContain(gap.title);
    }
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('keeps evidence quoted in Cyrillic, Arabic and Japanese readable', () => {
    const text = flat(pages);
    expect(text).toContain(CYRILLIC_QUOTE);
    expect(text).toContain(ARABIC_QUOTE);
    expect(text).toContain(CJK_QUOTE);
  });

  it('gives the same bytes for the same input, with clean metadata', async () => {
    const again = await renderDispositionReportPdf(makeInput(), fonts);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    await expectCleanMetadata(bytes, 'Report of unauthorized disposition of federal records: U.S. Department of Examples');
    const later = await renderDispositionReportPdf(makeInput({ generatedAt: new Date('2025-03-15T00:00:00.000Z') }), fonts);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });

  it('draws a gap with 200 pieces of evidence over several pages', async () => {
    const gap = makeGap({ id: 'gap-bulk', title: 'Deleted Signal messages', channel: 'signal', evidence: manyEvidence(200) });
    const bulk = await readPdfPages(await renderDispositionReportPdf(makeInput({ gaps: [gap] }), fonts));
    expect(bulk.length).toBeGreaterThan(5);
    const text = flat(bulk);
    for (const index of [1, 100, 200]) {
      expect(text).toContain(`Message ${index} deleted`);
    }
  });

  it('rejects a report with no gaps', async () => {
    await expectCode(renderDispositionReportPdf(makeInput({ gaps: [] }), fonts), 'invalid-args');
  });
});

describe('renderGapAppendixPdf', () => {
  let fonts: PacketFontFiles;
  beforeAll(async () => {
    fonts = await loadPacketFonts(join(REPO_ROOT, 'resources', 'fonts'));
  });

  it('renders the appendix alone, reproducibly, with every gap and clean metadata', async () => {
    const options = { caseName: 'FOIA-2024-0117', generatedAt: GENERATED_AT };
    const bytes = await renderGapAppendixPdf(GAPS, options, fonts);
    const text = flat(await readPdfPages(bytes));
    expect(text).toContain(GAP_APPENDIX_TITLE);
    for (const gap of GAPS) {
      expect(text).toContain(gap.title);
    }
    expect(text).toContain('Preview: not Bates-numbered');
    const again = await renderGapAppendixPdf(GAPS, options, fonts);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    await expectCleanMetadata(bytes, `${GAP_APPENDIX_TITLE} (preview)`);
  });

  it('prints a gap title in Cyrillic and Japanese', async () => {
    const gap = makeGap({ id: 'gap-intl', title: 'Чат «Проект» / 会議チャット', channel: 'other' });
    const text = flat(await readPdfPages(await renderGapAppendixPdf([gap], { caseName: 'Intl', generatedAt: GENERATED_AT }, fonts)));
    expect(text).toContain('Проект');
    expect(text).toContain('会議チャット');
  });
});
