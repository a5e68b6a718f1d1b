import { describe, expect, it } from 'vitest';
import { formatBates } from '../../../../../shared/bates.js';
import { DEFAULT_COVER_LETTER } from '../../../../../main/core/packet/cover-letter.js';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import type { DocumentFacts } from '../../../../../shared/model/record.js';
import { SLIP_NOTE } from '../../../../../main/core/packet/layout-slip-sheet.js';
import { VAUGHN_TITLE } from '../../../../../main/core/packet/layout-vaughn.js';
import type { BatesPosition } from '../../../../../main/core/packet/packet-input.js';
import type { PacketPlan, PagePlan } from '../../../../../main/core/packet/packet-plan.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { topStampBaseline } from '../../../../../main/core/packet/page-stamps.js';
import { GAP_APPENDIX_TITLE } from '../../../../../main/core/reports/gap-appendix-layout.js';
import { GAPS } from '../reports/disposition-fixtures.js';
import { expectAppError } from './expect-app-error.js';
import {
  B3_TAX,
  B5,
  B6,
  FAKE_FONTS,
  fakeMeasure as measure,
  item,
  makeInput,
  makeRecord,
  partItem,
  planTexts,
  recordsInput,
  redactQuote,
  threeRecords,
} from './packet-fixtures.js';

const SCHEME = { prefix: 'FOIA-', start: 1, width: 6 };
const g = LETTER_GEOMETRY;

const pageText = (plan: PacketPlan, index: number): string[] => plan.pages[index]?.texts.map((t) => t.text) ?? [];
const pagesOf = (plan: PacketPlan, recordId: string): PagePlan[] => plan.pages.filter((page) => page.recordId === recordId);
/** Each column's text (texts grouped by x), its lines joined with spaces, across `pages`. */
function columns(pages: readonly PagePlan[]): string {
  const byX = new Map<number, string[]>();
  for (const page of pages) {
    for (const text of page.texts) {
      byX.set(text.x, [...(byX.get(text.x) ?? []), text.text]);
    }
  }
  return [...byX.values()].map((texts) => texts.join(' ')).join('\n');
}
const footer = (page: PagePlan): string[] => page.texts.filter((t) => t.y === g.footerBaseline || t.y === topStampBaseline(g)).map((t) => t.text);

/** Entries follow each other without gaps or overlaps (messages of one transcript share a range). */
function expectContiguous(plan: PacketPlan): void {
  let next = plan.coverPageCount + plan.indexPageCount;
  let previous: string | null = null;
  for (const entry of plan.entries) {
    if (entry.batesFirst === previous) {
      continue;
    }
    expect(entry.batesFirst).toBe(formatBates(SCHEME, next));
    const pages = pagesOf(plan, entry.recordId);
    expect(pages[0]?.bates).toBe(entry.batesFirst);
    expect(pages.at(-1)?.bates).toBe(entry.batesLast);
    next += pages.length;
    previous = entry.batesFirst;
  }
  expect(next).toBe(plan.pages.length - plan.vaughnPageCount - plan.gapAppendixPageCount);
}

/** Text stays between the margins; only the stamps go outside the content area. */
function expectInsideMargins(plan: PacketPlan): void {
  for (const page of plan.pages) {
    for (const text of page.texts) {
      expect(text.x).toBeGreaterThanOrEqual(g.marginLeft - 1e-6);
      expect(text.x + measure(text.text, text.size, text.style)).toBeLessThanOrEqual(g.width - g.marginRight + 1e-6);
      if (text.y !== g.footerBaseline && text.y !== topStampBaseline(g)) {
        expect(text.y).toBeLessThanOrEqual(g.height - g.marginTop);
        expect(text.y).toBeGreaterThanOrEqual(g.contentBottom);
      }
    }
    for (const box of page.boxes ?? []) {
      expect(box.x).toBeGreaterThanOrEqual(g.marginLeft - 1e-6);
      expect(box.x + box.width).toBeLessThanOrEqual(g.width - g.marginRight + 1e-6);
    }
  }
}

describe('layoutPacket: records released in full', () => {
  it('puts the index first, then each record from a new page, with contiguous Bates ranges', () => {
    const plan = layoutPacket(recordsInput(threeRecords()), FAKE_FONTS);
    expect(plan.indexPageCount).toBe(1);
    expect(plan.coverPageCount).toBe(0);
    expect(plan.vaughnPageCount).toBe(0);
    expect(plan.pages.map((page) => page.kind)).toEqual(['index', ...Array<string>(plan.pages.length - 1).fill('record')]);
    // Date order, ties by id; the undated document goes last.
    expect(plan.entries.map((entry) => entry.recordId)).toEqual(['rec-intl', 'rec-long', 'rec-doc']);
    expectContiguous(plan);
    expect(plan.batesFirst).toBe('FOIA-000001');
    expect(plan.batesLast).toBe(formatBates(SCHEME, plan.pages.length - 1));
    expect(plan.uncovered).toEqual([]);
  });

  it('spreads a long body over several pages, repeating a one-line header on each', () => {
    const plan = layoutPacket(recordsInput(threeRecords()), FAKE_FONTS);
    expectInsideMargins(plan);
    const longPages = pagesOf(plan, 'rec-long');
    expect(longPages.length).toBeGreaterThanOrEqual(3);
    expect(longPages[0]?.texts.some((t) => t.text === 'Record 2 of 3 · Email')).toBe(true);
    for (const page of longPages.slice(1)) {
      expect(page.texts[0]?.text).toBe('Road maintenance budget review (continued)');
    }
    const body = longPages.flatMap((page) => page.texts.map((t) => t.text)).join(' ');
    for (const n of [1, 70, 140]) {
      expect(body).toContain(`Paragraph ${n}:`);
    }
  });

  it('prints the header fields as the strings redactions point into', () => {
    const plan = layoutPacket(recordsInput(threeRecords()), FAKE_FONTS);
    const intl = pagesOf(plan, 'rec-intl')[0]?.texts.map((t) => t.text) ?? [];
    expect(intl).toContain('Иван Петров <ivan@city.example>');
    expect(intl).toContain('Sam Planner <sam@city.example>');
    expect(intl).toContain('田中 花子 <hanako@city.example>');
    expect(intl).toContain('東京オフィスの件 / Встреча');
  });

  it('stamps every page with its Bates number and "Page X of N"', () => {
    const plan = layoutPacket(recordsInput(threeRecords()), FAKE_FONTS);
    plan.pages.forEach((page, index) => {
      expect(page.pageNumber).toBe(index + 1);
      expect(page.bates).toBe(formatBates(SCHEME, index));
      expect(footer(page)).toEqual([`Page ${index + 1} of ${plan.pages.length}`, page.bates]);
    });
  });

  it('lists every record on the index with its Bates range and decision', () => {
    const plan = layoutPacket(recordsInput(threeRecords()), FAKE_FONTS);
    const index = pageText(plan, 0);
    expect(index).toContain('Index of records');
    expect(index).toContain('Decision');
    for (const entry of plan.entries) {
      expect(index).toContain(entry.batesFirst === entry.batesLast ? entry.batesFirst : `${entry.batesFirst} – ${entry.batesLast}`);
    }
    expect(index.filter((text) => text === 'Released in full')).toHaveLength(3);
    expect(index).toContain(`3 records · ${plan.pages.length} pages · Bates ${plan.batesFirst} – ${plan.batesLast}`);
    expect(index).toContain('Generated: 2024-05-01 14:30 UTC');
    expect(index).toContain('Tracking number: 2024-017');
    // The document has no ISO date: its raw date is shown.
    expect(index).toContain('March 2024');
  });

  it('marks on the index a released record whose text was read by OCR', () => {
    const [first, second, third] = threeRecords();
    if (!first || !second || !third) {
      throw new Error('fixture');
    }
    const document: DocumentFacts = {
      format: 'pdf',
      title: '',
      author: '',
      created: null,
      modified: null,
      fileModified: null,
      application: '',
      encoding: '',
      pageCount: 1,
      pageStarts: [0],
      pagesNeedingOcr: [],
      ocr: { pages: [{ page: 1, meanConfidence: 91, lang: 'eng', replacedText: false }] },
    };
    const plan = layoutPacket(recordsInput([first, { ...second, document }, third]), FAKE_FONTS);
    const index = pageText(plan, 0);
    expect(index.filter((text) => text.startsWith('[OCR] '))).toEqual(['[OCR] Site visit notes']);
  });

  it('counts index pages before numbering records when the index is long', () => {
    const records = Array.from({ length: 130 }, (_, i) => makeRecord({ id: `r${String(i).padStart(3, '0')}`, title: `Record number ${i}`, body: 'Short.' }));
    const plan = layoutPacket(recordsInput(records), FAKE_FONTS);
    expect(plan.indexPageCount).toBeGreaterThan(1);
    expect(plan.pages.filter((page) => page.kind === 'index')).toHaveLength(plan.indexPageCount);
    expect(plan.pages).toHaveLength(plan.indexPageCount + 130);
    expectContiguous(plan);
    const listed = plan.pages
      .filter((page) => page.kind === 'index')
      .flatMap((page) => page.texts.map((t) => t.text))
      .filter((text) => text.startsWith('Record number '));
    expect(listed).toEqual(records.map((record) => record.title));
    expect(pageText(plan, 1)).toContain('Index of records (continued)');
    expectInsideMargins(plan);
  });

  it('keeps every piece of text inside the page margins, and index cells on one line', () => {
    const long = 'A very long subject line that goes on and on '.repeat(20);
    const records = [
      makeRecord({ id: 'r1', title: long, body: `${'x'.repeat(3000)}\n${long}` }),
      makeRecord({ id: 'r2', to: Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i}`, address: `p${i}@city.example` })) }),
    ];
    const input = recordsInput(records);
    const plan = layoutPacket({ ...input, caseName: long, request: { ...input.request, title: long } }, FAKE_FONTS);
    expectInsideMargins(plan);
    expect(pageText(plan, 0).some((text) => text.endsWith('…'))).toBe(true);
  });

  it('numbers from the scheme start, width and prefix', () => {
    const plan = layoutPacket(recordsInput(threeRecords(), { bates: { prefix: 'CITY', start: 998, width: 3, position: 'bottom-right' } }), FAKE_FONTS);
    expect(plan.batesFirst).toBe('CITY998');
    expect(plan.pages[2]?.bates).toBe('CITY1000');
  });

  it('rejects an empty packet', () => {
    expectAppError(() => layoutPacket(makeInput([]), FAKE_FONTS), 'invalid-args');
  });

  it('handles a record with an empty body and a body of only whitespace', () => {
    const plan = layoutPacket(recordsInput([makeRecord({ id: 'e1', body: '' }), makeRecord({ id: 'e2', body: '\n\n  \n' })]), FAKE_FONTS);
    expect(plan.pages).toHaveLength(3);
    expect(pageText(plan, 1)).toContain('(This record has no text.)');
    expect(pageText(plan, 2)).toContain('(This record has no text.)');
  });
});

describe('layoutPacket: Bates position', () => {
  const cases: Array<[BatesPosition, 'left' | 'right' | 'center', 'left' | 'right', boolean]> = [
    ['bottom-right', 'right', 'left', false],
    ['bottom-left', 'left', 'right', false],
    ['bottom-center', 'center', 'left', false],
    ['top-right', 'right', 'left', true],
  ];
  it.each(cases)('%s', (position, batesSide, pageSide, top) => {
    const plan = layoutPacket(recordsInput(threeRecords(), { bates: { ...SCHEME, position } }), FAKE_FONTS);
    for (const page of plan.pages) {
      const stamp = page.texts.find((t) => t.text === page.bates && t.style === 'bold');
      const label = page.texts.find((t) => t.text.startsWith('Page ') && t.text.endsWith(` of ${plan.pages.length}`));
      if (stamp === undefined || label === undefined) {
        throw new Error('missing stamp');
      }
      const right = g.width - g.marginRight;
      const stampEnd = stamp.x + measure(stamp.text, stamp.size, 'bold');
      expect(stamp.y).toBe(top ? topStampBaseline(g) : g.footerBaseline);
      // Stamps are in the margin, clear of the content area.
      expect(top ? stamp.y > g.height - g.marginTop : stamp.y < g.contentBottom).toBe(true);
      if (batesSide === 'right') {
        expect(stampEnd).toBeCloseTo(right);
      } else if (batesSide === 'left') {
        expect(stamp.x).toBe(g.marginLeft);
      } else {
        expect(stamp.x + (stampEnd - stamp.x) / 2).toBeCloseTo(g.width / 2);
      }
      expect(label.y).toBe(g.footerBaseline);
      if (pageSide === 'left') {
        expect(label.x).toBe(g.marginLeft);
      } else {
        expect(label.x + measure(label.text, label.size, 'regular')).toBeCloseTo(right);
      }
    }
  });
});

describe('layoutPacket: cover letter', () => {
  const mixed = (): ReturnType<typeof makeInput> => {
    const part = makeRecord({ id: 'p1', date: '2024-03-02T00:00:00Z', title: 'Budget call', body: 'Call Jane Roe at home.' });
    return makeInput(
      [
        item(makeRecord({ id: 'f1', date: '2024-03-01T00:00:00Z', title: 'Agenda', body: 'Agenda.' })),
        partItem(part, [redactQuote(part, 'body', 'Jane Roe', [B6])]),
        item(makeRecord({ id: 'w1', date: '2024-03-03T00:00:00Z' }), { decision: 'withhold-in-full', exemptions: [B5], justification: 'Draft advice.' }),
        item(makeRecord({ id: 'x1', date: '2024-03-04T00:00:00Z' }), { decision: 'referral', exemptions: [B3_TAX] }),
      ],
      { coverLetter: DEFAULT_COVER_LETTER },
    );
  };

  it('comes first, Bates-numbered, with every placeholder filled from the request and the final numbers', () => {
    const plan = layoutPacket(mixed(), FAKE_FONTS);
    expect(plan.coverPageCount).toBeGreaterThanOrEqual(1);
    expect(plan.pages[0]?.kind).toBe('cover');
    expect(plan.pages[0]?.bates).toBe('FOIA-000001');
    expect(plan.pages[plan.coverPageCount]?.kind).toBe('index');
    const letter = plan.pages
      .filter((page) => page.kind === 'cover')
      .flatMap((page) => page.texts.filter((t) => t.y > g.contentBottom).map((t) => t.text))
      .join(' ');
    expect(letter).not.toContain('{{');
    expect(letter).toContain('2024-05-01');
    expect(letter).toContain('Dear Pat Reporter,');
    expect(letter).toContain('Re: Your records request 2024-017');
    expect(letter).toContain('received on 2024-04-02');
    expect(letter).toContain('located 4 records. Of these, 1 are released in full, 1 are released in part, 1 are withheld in full, and 1 have been referred');
    expect(letter).toContain(`The enclosed packet has ${plan.pages.length} pages, numbered ${plan.batesFirst} – ${plan.batesLast}.`);
    expect(letter).toContain('(b)(6) — Personal privacy');
    expect(letter).toContain('(b)(5) — Privileged inter- or intra-agency records');
    expect(letter).toContain('(b)(3): 26 U.S.C. 6103 — Exempted by another statute');
  });

  it('settles on a page count even when the letter itself runs over pages', () => {
    const long = `${'A paragraph of the letter that goes on. '.repeat(40)}\n\n`.repeat(8) + 'Total: {{pageCount}} pages, {{batesRange}}.';
    const plan = layoutPacket({ ...mixed(), options: { ...mixed().options, coverLetter: long } }, FAKE_FONTS);
    expect(plan.coverPageCount).toBeGreaterThan(1);
    expect(planTexts(plan).join('\n')).toContain(`Total: ${plan.pages.length} pages, ${plan.batesFirst} – ${plan.batesLast}.`);
  });

  it('refuses an unknown placeholder, naming it', () => {
    expectAppError(() => layoutPacket({ ...mixed(), options: { ...mixed().options, coverLetter: 'Dear {{recipient}}' } }, FAKE_FONTS), 'invalid-args', /recipient/);
  });
});

describe('layoutPacket: slip sheets, originals, withholding log, gap appendix', () => {
  const withheld = makeRecord({ id: 'w1', date: '2024-03-03T10:00:00Z', title: 'Informant Jane Roe statement', from: 'Jane Roe <jane@example.org>', fromParticipant: { name: 'Jane Roe', address: 'jane@example.org' }, body: 'The informant said things.' });
  const referred = makeRecord({ id: 'x1', kind: 'document', date: '2024-03-04T10:00:00Z', title: 'DOJ memo on the Smith case', body: 'Memo.' });
  const original = makeRecord({ id: 'o1', kind: 'document', date: '2024-03-01T10:00:00Z', title: 'Budget.pdf', body: 'Budget text.' });
  const input = (): ReturnType<typeof makeInput> =>
    makeInput([
      item(withheld, { decision: 'withhold-in-full', exemptions: [B6, B5], justification: 'Identifies a confidential source.' }),
      item(referred, { decision: 'referral', exemptions: [] , justification: 'Referred to DOJ for direct response.' }),
      item(original, { originalPdfPages: 3 }),
    ]);

  it('gives a withheld or referred record one slip page with its Bates number, date, kind and exemptions, and no title', () => {
    const plan = layoutPacket(input(), FAKE_FONTS);
    const [slip] = pagesOf(plan, 'w1');
    expect(pagesOf(plan, 'w1')).toHaveLength(1);
    expect(slip?.kind).toBe('slip');
    const texts = slip?.texts.map((t) => t.text) ?? [];
    expect(texts).toContain('Withheld in full');
    expect(texts).toContain(slip?.bates);
    expect(texts).toContain('2024-03-03');
    expect(texts).toContain('Email');
    expect(texts).toContain('w1');
    expect(texts).toContain('(b)(6), (b)(5)');
    expect(texts.join(' ')).toContain(SLIP_NOTE.slice(0, 40));
    expect(texts.join(' ')).not.toContain('Informant');
    expect(texts.join(' ')).not.toContain('informant said');

    const referral = pagesOf(plan, 'x1');
    expect(referral).toHaveLength(1);
    const referralTexts = referral[0]?.texts.map((t) => t.text).join(' ') ?? '';
    expect(referralTexts).toContain('Referred to another agency for consultation/direct response');
    expect(referralTexts).toContain('None cited');
    expect(referralTexts).not.toContain('Smith');
  });

  it('leaves the titles of slip-sheeted records out of the index and entries', () => {
    const plan = layoutPacket(input(), FAKE_FONTS);
    const index = pageText(plan, 0);
    expect(index.join(' ')).not.toContain('Informant');
    expect(index.join(' ')).not.toContain('Smith');
    expect(index).toContain('Withheld (slip sheet)');
    expect(index).toContain('Referred');
    expect(plan.entries.find((entry) => entry.recordId === 'w1')?.title).toBe('[title withheld]');
  });

  it('gives an original PDF one page per source page, carrying only the stamps', () => {
    const plan = layoutPacket(input(), FAKE_FONTS);
    const pages = pagesOf(plan, 'o1');
    expect(pages.map((page) => [page.kind, page.sourcePage])).toEqual([
      ['original', 1],
      ['original', 2],
      ['original', 3],
    ]);
    for (const page of pages) {
      expect(page.texts.map((t) => t.text)).toEqual([`Page ${page.pageNumber} of ${plan.pages.length}`, page.bates]);
      expect(page.texts.every((t) => t.y < g.contentBottom)).toBe(true);
      expect(page.rules).toEqual([]);
    }
    expect(plan.entries.find((entry) => entry.recordId === 'o1')).toMatchObject({ batesFirst: pages[0]?.bates, batesLast: pages[2]?.bates });
  });

  it('lists withheld, referred and partly released records in the withholding log, with a header on every page', () => {
    const part = makeRecord({ id: 'p1', date: '2024-03-02T00:00:00Z', title: 'Call with Jane Roe', to: [{ name: 'Jane Roe', address: 'jane@example.org' }], body: 'Call Jane Roe.' });
    const many = Array.from({ length: 40 }, (_, i) =>
      item(makeRecord({ id: `w${String(i).padStart(2, '0')}`, date: `2024-02-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z` }), {
        decision: 'withhold-in-full',
        exemptions: [B5],
        justification: `Pre-decisional draft number ${i}; `.repeat(6),
      }),
    );
    const plan = layoutPacket(
      makeInput([
        ...input().items,
        partItem(part, [redactQuote(part, 'subject', 'Jane Roe'), redactQuote(part, 'to', 'Jane Roe'), redactQuote(part, 'body', 'Jane Roe', [B3_TAX])]),
        ...many,
      ]),
      FAKE_FONTS,
    );
    const log = plan.pages.filter((page) => page.kind === 'vaughn');
    expect(log.length).toBe(plan.vaughnPageCount);
    expect(log.length).toBeGreaterThan(1);
    // After the records, before nothing else (no gaps here): the last pages.
    expect(plan.pages.slice(-log.length).every((page) => page.kind === 'vaughn')).toBe(true);
    log.forEach((page, index) => {
      const texts = page.texts.map((t) => t.text);
      expect(texts[0]).toBe(index === 0 ? VAUGHN_TITLE : `${VAUGHN_TITLE} (continued)`);
      for (const header of ['Bates', 'Date', 'From / To', 'Description', 'Exemptions', 'Justification']) {
        expect(texts).toContain(header);
      }
    });
    const all = columns(log);
    expect(all).not.toContain('o1'); // released in full: no row
    expect(all).toContain('Withheld in full');
    expect(all).toContain('Email — [title withheld]');
    expect(all).toContain('Identifies a confidential');
    // The partly released record: its redactions as placeholders, every exemption applied.
    expect(all).toContain('Call with [redacted (b)(6)]');
    expect(all).toContain('To: [redacted (b)(6)]');
    expect(all).toContain('(b)(3): 26 U.S.C.');
    expect(all).not.toMatch(/Jane Roe(?! <jane@example.org>)/); // only the withheld record's From shows her, as a sender
    const partRange = plan.entries.find((entry) => entry.recordId === 'p1');
    expect(all).toContain(partRange?.batesFirst);
    // Every withheld record of the 40 has its row.
    for (const entry of many) {
      expect(all).toContain(plan.entries.find((e) => e.recordId === entry.record.id)?.batesFirst);
    }
    expectInsideMargins(plan);
  });

  it('appends the gap appendix last, numbered in the packet’s Bates sequence', () => {
    const plan = layoutPacket({ ...input(), gaps: [...GAPS] }, FAKE_FONTS);
    const appendix = plan.pages.filter((page) => page.kind === 'gap-appendix');
    expect(appendix.length).toBe(plan.gapAppendixPageCount);
    expect(appendix.length).toBeGreaterThan(0);
    expect(plan.pages.slice(-appendix.length)).toEqual(appendix);
    expect(appendix[0]?.texts[0]?.text).toBe(GAP_APPENDIX_TITLE);
    appendix.forEach((page) => {
      expect(page.bates).toBe(formatBates(SCHEME, page.pageNumber - 1));
      expect(footer(page)).toEqual([`Page ${page.pageNumber} of ${plan.pages.length}`, page.bates]);
    });
    expect(plan.batesLast).toBe(appendix.at(-1)?.bates);
    expect(plan.pages.map((page) => page.pageNumber)).toEqual(plan.pages.map((_, index) => index + 1));
  });
});
