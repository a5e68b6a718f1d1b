import { beforeAll, describe, expect, it } from 'vitest';
import { formatBates } from '../../../../../shared/bates.js';
import { assemblePacket, type BuiltPacket, type PacketDeps } from '../../../../../main/core/packet/assemble-packet.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import type { PacketInput } from '../../../../../main/core/packet/packet-input.js';
import type { PacketPlan } from '../../../../../main/core/packet/packet-plan.js';
import { readPdfPages } from '../../../../support/pdf-text.js';
import { B5, B6, SCHEME, corpusPdf, handPlan, makeInput, makeItem, makeRecord, makeRedaction } from './assemble-fixtures.js';
import { allObjectText, readBack, type ReadBack } from './assemble-read-back.js';
import { FONT_DIR } from './packet-fixtures.js';

const squash = (text: string): string => text.replace(/\s+/g, '');

describe('assemblePacket', () => {
  let fonts: PacketFontFiles;
  let sources: Map<string, Uint8Array>;
  let sourceText: { tasn: string[]; freetext: string[] };
  let input: PacketInput;
  let plan: PacketPlan;
  let reads: string[];
  let deps: PacketDeps;
  let single: BuiltPacket;
  let back: ReadBack;

  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    const tasn = await corpusPdf('libtasn1.pdf');
    const freetext = await corpusPdf('pdfjs/annotation-freetext.pdf');
    sources = new Map([
      ['rec-tasn', tasn.bytes],
      ['rec-free', freetext.bytes],
    ]);
    sourceText = { tasn: await readPdfPages(tasn.bytes), freetext: await readPdfPages(freetext.bytes) };
    const mail = makeRecord({ id: 'rec-mail', title: 'Secret Project update', body: 'Budget figures.' });
    input = makeInput([
      makeItem(mail, { decision: 'release-in-part', redactions: [makeRedaction('rec-mail', 'subject', 'Secret Project', [B6])], exemptions: [B6] }),
      makeItem(makeRecord({ id: 'rec-tasn', kind: 'document', title: 'libtasn1 manual', fileSha256: tasn.sha256 }), { originalPdfPages: 36 }),
      makeItem(makeRecord({ id: 'rec-free', kind: 'document', title: 'FreeText sample', fileSha256: freetext.sha256 }), { originalPdfPages: 1 }),
      makeItem(makeRecord({ id: 'rec-held', title: 'Personnel file' }), { decision: 'withhold-in-full', exemptions: [B5, B6] }),
    ]);
    plan = handPlan([
      { kind: 'cover' },
      { kind: 'index' },
      { kind: 'record', recordId: 'rec-mail', title: '[redacted (b)(6)] update', pages: 2 },
      { kind: 'original', recordId: 'rec-tasn', title: 'libtasn1 manual', sourcePages: [1, 2, 3] },
      { kind: 'original', recordId: 'rec-free', title: 'FreeText sample', sourcePages: [1] },
      { kind: 'slip', recordId: 'rec-held', title: '[title withheld]' },
      { kind: 'vaughn' },
      { kind: 'gap-appendix' },
    ]);
    reads = [];
    deps = {
      originalPdf: async (recordId) => {
        reads.push(recordId);
        const bytes = sources.get(recordId);
        if (bytes === undefined) {
          throw new Error(`no source for ${recordId}`);
        }
        return bytes;
      },
    };
    single = await assemblePacket(plan, input, fonts, deps);
    back = await readBack(single.files[0]?.bytes ?? new Uint8Array());
  });

  it('writes one Letter-size PDF named by its Bates range, with every planned page', () => {
    expect(single.files.map((file) => file.name)).toEqual(['ABC000001-ABC000011.pdf']);
    expect(single.files[0]?.pageCount).toBe(11);
    expect(back.pages).toHaveLength(11);
    expect(back.pageSizes.every(([width, height]) => width === 612 && height === 792)).toBe(true);
  });

  it('stamps every page, originals included, with its Bates number and "Page X of N"', () => {
    back.pages.forEach((text, index) => {
      expect(text).toContain(formatBates(SCHEME, index));
      expect(text).toContain(`Page ${index + 1} of 11`);
    });
  });

  it('copies original pages page for page, reading each source once', () => {
    expect(reads).toEqual(['rec-tasn', 'rec-free']);
    [0, 1, 2].forEach((sourceIndex) => {
      const source = squash(sourceText.tasn[sourceIndex] ?? '');
      expect(source.length).toBeGreaterThan(20);
      const packetPage = squash(back.pages[4 + sourceIndex] ?? '');
      expect(packetPage).toContain(source.slice(0, 60));
      expect(packetPage).toContain(source.slice(-40));
    });
    expect(squash(back.pages[7] ?? '')).toContain(squash(sourceText.freetext[0] ?? '').slice(0, 20));
  });

  it('keeps copied content clear of the stamps: it is shrunk into a frame above the footer band', async () => {
    const pages = await readPdfPagesWithPositions(single.files[0]?.bytes ?? new Uint8Array(), [5, 6, 7]);
    for (const items of pages) {
      const content = items.filter((item) => !/^(ABC\d{6}|Page \d+ of 11)$/.test(item.str) && item.str.trim() !== '');
      expect(content.length).toBeGreaterThan(5);
      for (const item of content) {
        expect(item.y).toBeGreaterThanOrEqual(48);
        expect(item.y).toBeLessThanOrEqual(744);
        expect(item.x).toBeGreaterThanOrEqual(36 - 0.01);
      }
    }
  });

  it('drops annotations and everything else the sources carry beyond their drawing', async () => {
    expect(back.annotationsPerPage).toEqual(new Array(11).fill(0));
    const everything = await allObjectText(single.files[0]?.bytes ?? new Uint8Array());
    // The FreeText annotation's text, the sources' authors and producers, their outline and scripts.
    // (Names inside embedded font programs, such as a font's copyright line, are drawing and stay.)
    for (const absent of ['FreeText content', 'Tim van der Meij', 'pdfTeX', 'Word 2013', '/Annots', '/AcroForm', '/JavaScript', '/Metadata', '/StructTreeRoot', '/AA', '/Names']) {
      expect(everything).not.toContain(absent);
    }
  });

  it('writes scrubbed metadata: title, producer and dates only, no author, keywords or XMP', () => {
    expect(back.info.Title).toBe('Response packet: All correspondence about the 2024 road budget');
    expect(back.info.Subject).toBe('Request FOIA-2024-017');
    expect(back.info.Producer).toBe('FOIA Workbench');
    expect(back.info.Creator).toBe('FOIA Workbench');
    expect(back.info.CreationDate).toBe('D:20240501143000Z');
    expect(back.info.ModDate).toBe('D:20240501143000Z');
    expect(back.info).not.toHaveProperty('Author');
    expect(back.info).not.toHaveProperty('Keywords');
    expect(back.hasXmp).toBe(false);
  });

  it('has a bookmark per section and per record, titled from the plan (placeholders kept)', () => {
    expect(back.outline).toEqual([
      { title: 'Cover letter', pageIndex: 0 },
      { title: 'Index of records', pageIndex: 1 },
      { title: 'ABC000003 – ABC000004 — [redacted (b)(6)] update', pageIndex: 2 },
      { title: 'ABC000005 – ABC000007 — libtasn1 manual', pageIndex: 4 },
      { title: 'ABC000008 — FreeText sample', pageIndex: 7 },
      { title: 'ABC000009 — [title withheld]', pageIndex: 8 },
      { title: 'Withholding index (Vaughn index)', pageIndex: 9 },
      { title: 'Gap appendix: records known to be missing', pageIndex: 10 },
    ]);
    expect(back.outline.map((item) => item.title).join(' ')).not.toContain('Secret');
  });

  it('reports where each record went', () => {
    expect(single.records).toEqual([
      { recordId: 'rec-mail', batesFirst: 'ABC000003', batesLast: 'ABC000004', pageCount: 2, fileName: null },
      { recordId: 'rec-tasn', batesFirst: 'ABC000005', batesLast: 'ABC000007', pageCount: 3, fileName: null },
      { recordId: 'rec-free', batesFirst: 'ABC000008', batesLast: 'ABC000008', pageCount: 1, fileName: null },
      { recordId: 'rec-held', batesFirst: 'ABC000009', batesLast: 'ABC000009', pageCount: 1, fileName: null },
    ]);
  });

  it('gives byte-identical output for the same plan, fonts and source bytes', async () => {
    const again = await assemblePacket(plan, input, fonts, deps);
    expect(Buffer.compare(Buffer.from(again.files[0]?.bytes ?? []), Buffer.from(single.files[0]?.bytes ?? []))).toBe(0);
  });

  it('splits per record: one PDF per record and per section, same Bates numbers, plus DAT and OPT', async () => {
    const split = await assemblePacket(plan, { ...input, options: { ...input.options, variant: 'per-record' } }, fonts, deps);
    expect(split.files.map((file) => [file.name, file.role, file.pageCount])).toEqual([
      ['ABC000001-ABC000001.pdf', 'cover', 1],
      ['ABC000002-ABC000002.pdf', 'index', 1],
      ['ABC000003-ABC000004.pdf', 'record', 2],
      ['ABC000005-ABC000007.pdf', 'record', 3],
      ['ABC000008-ABC000008.pdf', 'record', 1],
      ['ABC000009-ABC000009.pdf', 'record', 1],
      ['ABC000010-ABC000010.pdf', 'vaughn', 1],
      ['ABC000011-ABC000011.pdf', 'gap-appendix', 1],
      ['ABC000001-ABC000011.dat', 'concordance-dat', null],
      ['ABC000001-ABC000011.opt', 'opticon-opt', null],
    ]);
    // Laid end to end, the files are the packet: every Bates number once, in order.
    const stamped: string[] = [];
    for (const file of split.files.filter((candidate) => candidate.pageCount !== null)) {
      const pages = await readPdfPages(file.bytes);
      expect(pages).toHaveLength(file.pageCount ?? 0);
      for (const text of pages) {
        stamped.push(/ABC\d{6}/.exec(text)?.[0] ?? '?');
      }
    }
    expect(stamped).toEqual(Array.from({ length: 11 }, (_, index) => formatBates(SCHEME, index)));
    expect(split.records.map((record) => record.fileName)).toEqual([
      'ABC000003-ABC000004.pdf',
      'ABC000005-ABC000007.pdf',
      'ABC000008-ABC000008.pdf',
      'ABC000009-ABC000009.pdf',
    ]);
    const opt = new TextDecoder().decode(split.files.find((file) => file.role === 'opticon-opt')?.bytes);
    expect(opt.split('\r\n').filter((line) => line !== '')).toHaveLength(11);
  });

  it('stops between pages when aborted, and before reading anything when aborted already', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const build = assemblePacket(plan, input, fonts, {
      ...deps,
      signal: controller.signal,
      onProgress: (done, total) => {
        progress.push(done);
        expect(total).toBe(11);
        if (done === 3) {
          controller.abort();
        }
      },
    });
    await expect(build).rejects.toMatchObject({ code: 'cancelled' });
    expect(progress).toEqual([0, 1, 2, 3]);

    const before = reads.length;
    await expect(assemblePacket(plan, input, fonts, { ...deps, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(reads).toHaveLength(before);
  });

  it('refuses an encrypted original, bytes that are not the record, and a page the source lacks', async () => {
    const encrypted = await corpusPdf('pdfjs/bug900822.pdf');
    const item = makeItem(makeRecord({ id: 'rec-enc', kind: 'document', fileSha256: encrypted.sha256 }), { originalPdfPages: 1 });
    const encPlan = handPlan([{ kind: 'original', recordId: 'rec-enc', title: 'x', sourcePages: [1] }]);
    const read = { originalPdf: async (): Promise<Uint8Array> => encrypted.bytes };
    await expect(assemblePacket(encPlan, makeInput([item]), fonts, read)).rejects.toMatchObject({ code: 'unsupported' });

    const changed = makeItem(makeRecord({ id: 'rec-enc', kind: 'document', fileSha256: 'f'.repeat(64) }), { originalPdfPages: 1 });
    await expect(assemblePacket(encPlan, makeInput([changed]), fonts, read)).rejects.toMatchObject({ code: 'source-unreadable' });

    const pastEnd = handPlan([{ kind: 'original', recordId: 'rec-free', title: 'x', sourcePages: [2] }]);
    await expect(assemblePacket(pastEnd, input, fonts, deps)).rejects.toMatchObject({ code: 'source-unreadable', message: expect.stringContaining('has no page 2') });
  });
});

/** Text items with their page-space position, for the pages asked (1-based). */
async function readPdfPagesWithPositions(bytes: Uint8Array, numbers: readonly number[]): Promise<Array<Array<{ str: string; x: number; y: number }>>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const result: Array<Array<{ str: string; x: number; y: number }>> = [];
    for (const number of numbers) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      result.push(content.items.flatMap((item) => ('str' in item ? [{ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]) }] : [])));
    }
    return result;
  } finally {
    await task.destroy();
  }
}
