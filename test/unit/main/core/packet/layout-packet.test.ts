import { describe, expect, it } from 'vitest';
import { formatBates } from '../../../../../shared/bates.js';
import { AppError } from '../../../../../shared/errors.js';
import type { MeasureText } from '../../../../../main/core/packet/font-runs.js';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import type { PacketPlan } from '../../../../../main/core/packet/packet-plan.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { makeRecord, makeSpec, threeRecords } from './packet-fixtures.js';

/** Every character half an em wide (bold a little wider): close enough to DejaVu for layout. */
const measure: MeasureText = (text, size, style) => Array.from(text).length * size * (style === 'bold' ? 0.6 : 0.5);

const pageText = (plan: PacketPlan, index: number): string[] => plan.pages[index]?.texts.map((t) => t.text) ?? [];

function expectContiguous(plan: PacketPlan): void {
  let next = plan.indexPageCount;
  for (const entry of plan.entries) {
    expect(entry.batesFirst).toBe(formatBates({ prefix: 'FOIA-', start: 1, width: 6 }, next));
    const pages = plan.pages.filter((page) => page.recordId === entry.recordId);
    expect(pages[0]?.bates).toBe(entry.batesFirst);
    expect(pages.at(-1)?.bates).toBe(entry.batesLast);
    next += pages.length;
  }
  expect(next).toBe(plan.pages.length);
}

/** Text stays between the margins; only the footer goes below the content area. */
function expectInsideMargins(plan: PacketPlan): void {
  const g = LETTER_GEOMETRY;
  for (const page of plan.pages) {
    for (const text of page.texts) {
      expect(text.x).toBeGreaterThanOrEqual(g.marginLeft - 1e-6);
      expect(text.x + measure(text.text, text.size, text.style)).toBeLessThanOrEqual(g.width - g.marginRight + 1e-6);
      expect(text.y).toBeLessThanOrEqual(g.height - g.marginTop);
      if (text.y !== g.footerBaseline) {
        expect(text.y).toBeGreaterThanOrEqual(g.contentBottom);
      }
    }
  }
}

describe('layoutPacket', () => {
  it('puts the index first, then each record from a new page, with contiguous Bates ranges', () => {
    const plan = layoutPacket(makeSpec(threeRecords()), measure);
    expect(plan.indexPageCount).toBe(1);
    expect(plan.pages.map((page) => page.kind)).toEqual(['index', ...Array<string>(plan.pages.length - 1).fill('record')]);
    expect(plan.pages.map((page) => page.recordId)).toEqual([
      null,
      ...plan.pages.slice(1).map((page) => page.recordId),
    ]);
    expect(plan.entries.map((entry) => entry.recordId)).toEqual(['rec-long', 'rec-doc', 'rec-intl']);
    expectContiguous(plan);
    expect(plan.batesFirst).toBe('FOIA-000001');
    expect(plan.batesLast).toBe(formatBates({ prefix: 'FOIA-', start: 1, width: 6 }, plan.pages.length - 1));
  });

  it('spreads a long body over several pages, repeating a one-line header on each', () => {
    const plan = layoutPacket(makeSpec(threeRecords()), measure);
    expectInsideMargins(plan);
    const longPages = plan.pages.filter((page) => page.recordId === 'rec-long');
    expect(longPages.length).toBeGreaterThanOrEqual(3);
    expect(longPages[0]?.texts.some((t) => t.text.startsWith('Record 1 of 3'))).toBe(true);
    for (const page of longPages.slice(1)) {
      expect(page.texts[0]?.text).toBe('Road maintenance budget review (continued)');
    }
    // No paragraph is lost or repeated across the page breaks.
    const body = longPages.flatMap((page) => page.texts.map((t) => t.text)).join(' ');
    for (const n of [1, 70, 140]) {
      expect(body).toContain(`Paragraph ${n}:`);
    }
  });

  it('stamps every page with its Bates number and "Page X of N"', () => {
    const plan = layoutPacket(makeSpec(threeRecords()), measure);
    plan.pages.forEach((page, index) => {
      expect(page.pageNumber).toBe(index + 1);
      expect(page.bates).toBe(formatBates({ prefix: 'FOIA-', start: 1, width: 6 }, index));
      const footer = page.texts.filter((t) => t.y === LETTER_GEOMETRY.footerBaseline).map((t) => t.text);
      expect(footer).toEqual([`Page ${index + 1} of ${plan.pages.length}`, page.bates]);
    });
  });

  it('lists every record on the index with its Bates range', () => {
    const plan = layoutPacket(makeSpec(threeRecords()), measure);
    const index = pageText(plan, 0);
    expect(index).toContain('Index of records');
    for (const entry of plan.entries) {
      const range = entry.batesFirst === entry.batesLast ? entry.batesFirst : `${entry.batesFirst} – ${entry.batesLast}`;
      expect(index).toContain(range);
    }
    expect(index).toContain(`3 records · ${plan.pages.length} pages · Bates ${plan.batesFirst} – ${plan.batesLast}`);
    expect(index).toContain('Generated: 2024-05-01 14:30 UTC');
    // The document has no ISO date: its raw date is shown.
    expect(index).toContain('March 2024');
  });

  it('counts index pages before numbering records when the index is long', () => {
    const records = Array.from({ length: 130 }, (_, i) => makeRecord({ id: `r${i}`, title: `Record number ${i}`, body: 'Short.' }));
    const plan = layoutPacket(makeSpec(records), measure);
    expect(plan.indexPageCount).toBeGreaterThan(1);
    expect(plan.pages.filter((page) => page.kind === 'index')).toHaveLength(plan.indexPageCount);
    expect(plan.pages).toHaveLength(plan.indexPageCount + 130);
    expect(plan.entries[0]?.batesFirst).toBe(formatBates({ prefix: 'FOIA-', start: 1, width: 6 }, plan.indexPageCount));
    expectContiguous(plan);
    // Every record appears exactly once across the index pages, in order.
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
    const plan = layoutPacket({ ...makeSpec(records), caseName: long, requestTitle: long }, measure);
    expectInsideMargins(plan);
    expect(pageText(plan, 0).some((text) => text.endsWith('…'))).toBe(true);
  });

  it('numbers from the scheme start and prefix', () => {
    const spec = { ...makeSpec(threeRecords()), bates: { prefix: 'CITY', start: 998, width: 3 } };
    const plan = layoutPacket(spec, measure);
    expect(plan.batesFirst).toBe('CITY998');
    expect(plan.pages[2]?.bates).toBe('CITY1000');
  });

  it('rejects an empty record list', () => {
    expect(() => layoutPacket(makeSpec([]), measure)).toThrow(AppError);
    try {
      layoutPacket(makeSpec([]), measure);
    } catch (error: unknown) {
      expect(error instanceof AppError && error.code).toBe('invalid-args');
    }
  });

  it('handles a record with an empty body and a body of only whitespace', () => {
    const plan = layoutPacket(makeSpec([makeRecord({ id: 'e1', body: '' }), makeRecord({ id: 'e2', body: '\n\n  \n' })]), measure);
    expect(plan.pages).toHaveLength(3);
    expect(pageText(plan, 1)).toContain('(This record has no text.)');
    expect(pageText(plan, 2)).toContain('(This record has no text.)');
  });
});
