import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermReport, TermReportRow } from '../../../../../shared/model/search.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { formatCount, TERM_REPORT_COLUMNS, TERM_REPORT_LEGEND } from '../../../../../main/core/reports/term-report-layout.js';
import { renderTermReportPdf } from '../../../../../main/core/reports/term-report-pdf.js';
import { REPO_ROOT } from '../../../../support/corpus.js';
import { readPdfPages } from '../../../../support/pdf-text.js';

const GENERATED_AT = new Date('2025-02-03T04:05:06.000Z');
const HEADING = { caseName: 'City of Example — Public Works', requestTitle: 'Road budget emails 2024', generatedAt: GENERATED_AT };

function row(term: string, hits: number, uniqueHits: number, hitsWithFamilies: number, uniqueHitsWithFamilies: number): TermReportRow {
  return { term, hits, uniqueHits, hitsWithFamilies, uniqueHitsWithFamilies };
}

function report(rows: TermReportRow[], overrides: Partial<TermReport> = {}): TermReport {
  return {
    within: 'date:2024',
    rows,
    total: { hits: 1234, hitsWithFamilies: 2345 },
    recordsSearched: 98765,
    createdAt: GENERATED_AT.toISOString(),
    ...overrides,
  };
}

const MIXED = report([
  row('budget', 412, 37, 530, 41),
  row('Газпром', 17, 5, 19, 6),
  row('東京 会議', 8, 8, 11, 11),
  row('"road maintenance" AND contractor', 1203, 777, 1500, 901),
]);

/** pdf.js splits a page into text items where the font changes; tests compare without the breaks. */
const flat = (pages: readonly string[]): string => pages.join('\n').replace(/\n/g, ' ');

describe('renderTermReportPdf', () => {
  let fonts: PacketFontFiles;
  beforeAll(async () => {
    fonts = await loadPacketFonts(join(REPO_ROOT, 'resources', 'fonts'));
  });

  it('prints the heading, every term in its script, every count, the total and the legend', async () => {
    const pages = await readPdfPages(await renderTermReportPdf(MIXED, HEADING, fonts));
    expect(pages).toHaveLength(1);
    const text = flat(pages);
    for (const expected of ['Search-term report', HEADING.caseName, HEADING.requestTitle, 'date:2024', '98,765', '2025-02-03 04:05 UTC']) {
      expect(text).toContain(expected);
    }
    for (const column of TERM_REPORT_COLUMNS.slice(0, 4)) {
      expect(text).toContain(column);
    }
    for (const entry of MIXED.rows) {
      expect(text).toContain(entry.term.split(' ')[0]);
      for (const count of [entry.hits, entry.uniqueHits, entry.hitsWithFamilies, entry.uniqueHitsWithFamilies]) {
        expect(text).toContain(formatCount(count));
      }
    }
    expect(text).toContain('Газпром');
    expect(text).toContain('東京');
    expect(text).toContain('会議');
    expect(text).toContain('Total (any term)');
    expect(text).toContain('1,234');
    expect(text).toContain('2,345');
    expect(text).toContain('How to read the columns');
    for (const entry of TERM_REPORT_LEGEND) {
      expect(text).toContain(entry.label);
      expect(text).toContain(entry.text.split(' ').slice(0, 4).join(' '));
    }
    expect(text).toContain('a message with its attachments');
    expect(text).toContain('Page 1 of 1');
  });

  it('says "the whole case" without a within query and leaves out the request line without a request', async () => {
    const text = flat(await readPdfPages(await renderTermReportPdf(report([row('gas', 1, 1, 1, 1)], { within: '' }), { ...HEADING, requestTitle: null }, fonts)));
    expect(text).toContain('the whole case');
    expect(text).not.toContain('Request');
  });

  it('wraps a long term inside its column instead of cutting it', async () => {
    const long = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' OR ');
    const pages = await readPdfPages(await renderTermReportPdf(report([row(long, 5, 5, 5, 5)]), HEADING, fonts));
    const text = flat(pages);
    for (const index of [0, 17, 39]) {
      expect(text).toContain(`word${index}`);
    }
  });

  it('gives the same bytes for the same input, with the dates and producer set', async () => {
    const first = await renderTermReportPdf(MIXED, HEADING, fonts);
    const second = await renderTermReportPdf(MIXED, HEADING, fonts);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const doc = await PDFDocument.load(first, { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe(GENERATED_AT.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(GENERATED_AT.toISOString());
    expect(doc.getProducer()).toBe('FOIA Workbench');
    const other = await renderTermReportPdf(MIXED, { ...HEADING, generatedAt: new Date('2025-02-04T00:00:00.000Z') }, fonts);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it('pages 60 terms over several pages, numbers them, and repeats the table header', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => row(`term${String(index + 1).padStart(2, '0')}`, 1000 + index, index, 2000 + index, 3000 + index));
    const pages = await readPdfPages(await renderTermReportPdf(report(rows), HEADING, fonts));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(text).toContain('Records hit');
    });
    const text = flat(pages);
    rows.forEach((entry) => {
      expect(text).toContain(entry.term);
      expect(text).toContain(formatCount(entry.hits));
      expect(text).toContain(formatCount(entry.uniqueHitsWithFamilies));
    });
    // Each term is printed once, in order, across the pages.
    const order = rows.map((entry) => text.indexOf(entry.term));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(pages.slice(1).every((page) => page.includes('Search-term report (continued)'))).toBe(true);
  });

  it('draws Arabic terms without failing', async () => {
    const bytes = await renderTermReportPdf(report([row('رقم الطلب', 3, 3, 3, 3), row('gas', 1, 1, 1, 1)]), HEADING, fonts);
    expect((await readPdfPages(bytes))[0]).toContain('gas');
  });
});
