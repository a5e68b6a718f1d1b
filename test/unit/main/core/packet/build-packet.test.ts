import { beforeAll, describe, expect, it } from 'vitest';
import { formatBates } from '../../../../../shared/bates.js';
import { buildPacketPdf, type BuiltPacket, type PacketDeps } from '../../../../../main/core/packet/build-packet.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import type { PacketInput } from '../../../../../main/core/packet/packet-input.js';
import { packetManifest } from '../../../../../main/core/packet/packet-manifest.js';
import { sha256Hex } from '../../../../../main/core/util/hash.js';
import { readPdfPages } from '../../../../support/pdf-text.js';
import { corpusPdf } from './assemble-fixtures.js';
import { allObjectText, readBack, type ReadBack } from './assemble-read-back.js';
import { checkEmbeddedSubsets } from './embedded-fonts.js';
import { B5, FONT_DIR, item, makeInput, makeRecord, partItem, redactQuote, threeRecords } from './packet-fixtures.js';

const SCHEME = { prefix: 'FOIA-', start: 1, width: 6 };

describe('buildPacketPdf', () => {
  let fonts: PacketFontFiles;
  let input: PacketInput;
  let deps: PacketDeps;
  let built: BuiltPacket;
  let pdf: Uint8Array;
  let back: ReadBack;

  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    const highlight = await corpusPdf('pdfjs/annotation-highlight.pdf');
    const [long, doc, intl] = threeRecords();
    const secret = makeRecord({ id: 'rec-part', title: 'Meeting with Jane Roe about potholes', date: '2024-03-06T10:00:00Z', body: 'Jane Roe called about the potholes.' });
    const scan = makeRecord({ id: 'rec-pdf', kind: 'document', title: 'Highlighted memo', date: '2024-03-07T10:00:00Z', fileSha256: highlight.sha256 });
    const held = makeRecord({ id: 'rec-held', title: 'Draft legal advice', date: '2024-03-08T10:00:00Z' });
    input = makeInput([
      item(long ?? makeRecord({ id: 'x' })),
      item(doc ?? makeRecord({ id: 'y' })),
      item(intl ?? makeRecord({ id: 'z' })),
      partItem(secret, [redactQuote(secret, 'subject', 'Jane Roe'), redactQuote(secret, 'body', 'Jane Roe')]),
      item(scan, { originalPdfPages: 1 }),
      item(held, { decision: 'withhold-in-full', exemptions: [B5], justification: 'Attorney advice.' }),
    ]);
    deps = { originalPdf: async () => highlight.bytes };
    built = await buildPacketPdf(input, fonts, deps);
    pdf = built.files[0]?.bytes ?? new Uint8Array();
    back = await readBack(pdf);
  });

  it('stamps every page, in order, with its Bates number and "Page X of N"', () => {
    expect(back.pages).toHaveLength(built.pageCount);
    back.pages.forEach((text, index) => {
      expect(text).toContain(formatBates(SCHEME, index));
      expect(text).toContain(`Page ${index + 1} of ${built.pageCount}`);
    });
    expect(built.batesLast).toBe(formatBates(SCHEME, built.pageCount - 1));
  });

  it('has a bookmark per record, titled with its Bates range and the index title, and per section', () => {
    const titles = back.outline.map((entry) => entry.title);
    for (const entry of built.entries) {
      const range = entry.batesFirst === entry.batesLast ? entry.batesFirst : `${entry.batesFirst} – ${entry.batesLast}`;
      expect(titles).toContain(`${range} — ${entry.title}`);
    }
    expect(titles).toContain('Index of records');
    expect(titles).toContain('Withholding index (Vaughn index)');
    for (const entry of back.outline) {
      expect(back.pages[entry.pageIndex]).toBeDefined();
    }
  });

  it('never shows a redacted or withheld passage: not on a page, in a bookmark or anywhere in the file', async () => {
    const everything = await allObjectText(pdf);
    expect(back.pages.join('\n')).not.toContain('Jane Roe');
    expect(back.outline.map((entry) => entry.title).join('\n')).not.toContain('Jane Roe');
    expect(everything).not.toContain('Jane Roe');
    expect(everything).not.toContain('Draft legal advice');
  });

  it("copies the released PDF's page under the stamps without its annotation", async () => {
    const record = built.records.find((entry) => entry.recordId === 'rec-pdf');
    const index = Number(record?.batesFirst.slice(5)) - 1;
    const source = (await readPdfPages((await corpusPdf('pdfjs/annotation-highlight.pdf')).bytes))[0] ?? '';
    expect(back.pages[index]?.replace(/\s+/g, '')).toContain(source.replace(/\s+/g, '').slice(0, 20));
    expect(back.pages[index]).toContain(record?.batesFirst);
    expect(back.annotationsPerPage.every((count) => count === 0)).toBe(true);
    expect(await allObjectText(pdf)).not.toContain('Highlight content');
  });

  it('writes scrubbed metadata', () => {
    expect(back.info).toMatchObject({ Title: 'Response packet: All correspondence about the 2024 road budget', Producer: 'FOIA Workbench', Creator: 'FOIA Workbench' });
    expect(back.info).not.toHaveProperty('Author');
    expect(back.hasXmp).toBe(false);
  });

  it('embeds font subsets whose glyphs match the original fonts', async () => {
    const checks = await checkEmbeddedSubsets(pdf, [fonts.regular, fonts.bold, fonts.fallback]);
    expect(checks.map((check) => check.name)).toContain('DroidSansFallback');
    for (const check of checks) {
      expect(check.mismatched).toEqual([]);
    }
  });

  it('gives byte-identical output for the same input, fonts and source bytes, in both variants', async () => {
    const again = await buildPacketPdf(input, fonts, deps);
    expect(Buffer.compare(Buffer.from(again.files[0]?.bytes ?? []), Buffer.from(pdf))).toBe(0);
    const perRecord = { ...input, options: { ...input.options, variant: 'per-record' as const } };
    const [one, two] = [await buildPacketPdf(perRecord, fonts, deps), await buildPacketPdf(perRecord, fonts, deps)];
    expect(one.files.map((file) => sha256Hex(file.bytes))).toEqual(two.files.map((file) => sha256Hex(file.bytes)));
  });

  it('splits per record with the single packet’s Bates numbers, one DAT row per file and one OPT line per page', async () => {
    const split = await buildPacketPdf({ ...input, options: { ...input.options, variant: 'per-record' } }, fonts, deps);
    const pdfs = split.files.filter((file) => file.pageCount !== null);
    expect(pdfs.reduce((sum, file) => sum + (file.pageCount ?? 0), 0)).toBe(built.pageCount);
    // Laid end to end, the files' pages carry every Bates number once, in order.
    const pages: string[] = [];
    for (const file of pdfs) {
      expect(file.name).toBe(`${file.batesFirst ?? ''}-${file.batesLast ?? ''}.pdf`);
      pages.push(...(await readPdfPages(file.bytes)));
    }
    expect(pages).toHaveLength(built.pageCount);
    pages.forEach((text, index) => {
      expect(text).toContain(formatBates(SCHEME, index));
      expect(text).toContain(`Page ${index + 1} of ${built.pageCount}`);
    });
    expect(split.records.map((record) => [record.recordId, record.batesFirst, record.batesLast])).toEqual(built.records.map((record) => [record.recordId, record.batesFirst, record.batesLast]));
    const text = (role: string): string => new TextDecoder().decode(split.files.find((file) => file.role === role)?.bytes);
    expect(text('concordance-dat').split('\r\n').filter(Boolean)).toHaveLength(pdfs.length + 1);
    expect(text('opticon-opt').split('\r\n').filter(Boolean)).toHaveLength(built.pageCount);
    expect(text('concordance-dat')).not.toContain('Jane Roe');
  });

  it('gives a manifest whose hashes are those of the files built', () => {
    const manifest = packetManifest(input, built);
    expect(manifest.files).toEqual([expect.objectContaining({ name: built.files[0]?.name, sha256: sha256Hex(pdf), pageCount: built.pageCount })]);
    expect(manifest.records.map((record) => record.recordId).sort()).toEqual(input.items.map((entry) => entry.record.id).sort());
  });

  it('reports progress per page and stops between pages when aborted', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      buildPacketPdf(input, fonts, {
        ...deps,
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done === 2) {
            controller.abort();
          }
        },
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([0, 1, 2]);
  });
});
