import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { formatBates } from '../../../../../shared/bates.js';
import { AppError } from '../../../../../shared/errors.js';
import { buildPacketPdf, type BuiltPacket } from '../../../../../main/core/packet/build-packet.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { readPdfPages } from '../../../../support/pdf-text.js';
import { checkEmbeddedSubsets } from './embedded-fonts.js';
import { FONT_DIR, makeSpec, threeRecords } from './packet-fixtures.js';

const SCHEME = { prefix: 'FOIA-', start: 1, width: 6 };

describe('buildPacketPdf', () => {
  let fonts: PacketFontFiles;
  let built: BuiltPacket;
  let pages: string[];

  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    built = await buildPacketPdf(makeSpec(threeRecords()), fonts);
    pages = await readPdfPages(built.bytes);
  });

  it('has one index page and every record from a new page, the long one over several', () => {
    expect(pages).toHaveLength(built.pageCount);
    expect(built.entries.map((entry) => entry.recordId)).toEqual(['rec-long', 'rec-doc', 'rec-intl']);
    expect(built.entries[0]?.batesFirst).toBe('FOIA-000002');
    const [long, doc, intl] = built.entries;
    const span = (first: string, last: string): number => Number(last.slice(5)) - Number(first.slice(5)) + 1;
    expect(span(long?.batesFirst ?? '', long?.batesLast ?? '')).toBeGreaterThanOrEqual(3);
    expect(doc?.batesFirst).toBe(doc?.batesLast);
    expect(intl?.batesLast).toBe(built.batesLast);
    expect(built.batesFirst).toBe('FOIA-000001');
    expect(built.batesLast).toBe(formatBates(SCHEME, built.pageCount - 1));
  });

  it('stamps every page, in order, with its Bates number and "Page X of N"', () => {
    pages.forEach((text, index) => {
      expect(text).toContain(formatBates(SCHEME, index));
      expect(text).toContain(`Page ${index + 1} of ${built.pageCount}`);
    });
  });

  it('lists each record with its Bates range on the index page', () => {
    const index = pages[0] ?? '';
    expect(index).toContain('Index of records');
    expect(index).toContain('City of Example — Public Works');
    for (const entry of built.entries) {
      const range = entry.batesFirst === entry.batesLast ? entry.batesFirst : `${entry.batesFirst} – ${entry.batesLast}`;
      expect(index).toContain(range);
    }
  });

  it('shows each record header and continues long bodies with a one-line header', () => {
    const longPages = pages.slice(1, 1 + Number(built.entries[0]?.batesLast.slice(5)) - 1);
    expect(longPages[0]).toContain('Source SHA-256');
    expect(longPages[0]).toContain('a'.repeat(64));
    expect(longPages[1]).toContain('Road maintenance budget review (continued)');
    expect(pages.join('\n')).toContain('Paragraph 140:');
  });

  it('renders Japanese, Chinese, Russian and Greek as extractable text', () => {
    const intl = pages.at(-1) ?? '';
    for (const word of ['東京都庁との打ち合わせ', '会议记录', 'Привет, коллеги', 'Καλημέρα', 'Иван Петров', '田中 花子', 'café']) {
      expect(intl).toContain(word);
    }
  });

  it('renders Hebrew and Arabic words (shaped, each right-to-left run reversed) as extractable text', () => {
    // pdf.js reorders right-to-left text back to logical order when extracting it.
    const intl = pages.at(-1) ?? '';
    expect(intl).toContain('שלום עולם');
    expect(intl).toContain('مرحبا بالعالم');
  });

  it('embeds font subsets whose glyphs match the original fonts', async () => {
    const checks = await checkEmbeddedSubsets(built.bytes, [fonts.regular, fonts.bold, fonts.fallback]);
    expect(checks.map((check) => check.name).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'DroidSansFallback']);
    for (const check of checks) {
      expect(check.mismatched).toEqual([]);
      expect(check.compared).toBeGreaterThan(5);
    }
  });

  it('writes metadata from the spec', async () => {
    const doc = await PDFDocument.load(built.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Response packet: All correspondence about the 2024 road budget');
    expect(doc.getProducer()).toBe('FOIA Workbench');
    expect(doc.getCreationDate()?.toISOString()).toBe('2024-05-01T14:30:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2024-05-01T14:30:00.000Z');
  });

  it('gives byte-identical output for the same input', async () => {
    const again = await buildPacketPdf(makeSpec(threeRecords()), fonts);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(built.bytes))).toBe(0);
  });

  it('rejects a request with no responsive records', async () => {
    await expect(buildPacketPdf(makeSpec([]), fonts)).rejects.toMatchObject({
      constructor: AppError,
      code: 'invalid-args',
      message: 'The request has no responsive records',
    });
  });
});
