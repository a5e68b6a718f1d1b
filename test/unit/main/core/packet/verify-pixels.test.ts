/**
 * Redaction boxes as a reader sees them (pixels rendered by poppler) and the packet check on a
 * packet built by the real layout and assembly. Needs pdftoppm (poppler-utils); without it the
 * pixel tests are skipped and say so in their name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boxLabelText } from '../../../../../main/core/packet/draw-planned-page.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import type { PlacedBox } from '../../../../../main/core/packet/packet-plan.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { createTextShaper } from '../../../../../main/core/packet/text-shaper.js';
import { expectationsFromInput } from '../../../../../main/core/packet/verify-expectations-from-input.js';
import { verifyPacket } from '../../../../../main/core/packet/verify-packet.js';
import { buildTestPacket, type TestPacket } from '../../../../support/build-test-packet.js';
import { handBuiltPdf, PAGE_HEIGHT } from '../../../../support/hand-built-pdf.js';
import { packetInput, packetItem, redactionOf } from '../../../../support/packet-input-fixture.js';
import { boxPixels, hasPdftoppm, inkShare, renderPdfPages, type PdfBox } from '../../../../support/pdf-pixels.js';
import { FONT_DIR, longBody, makeRecord } from './packet-fixtures.js';

const DPI = 100;
const pixelsSkipped = !hasPdftoppm();
const needsPoppler = pixelsSkipped ? ' (skipped: pdftoppm is not installed; apt-get install poppler-utils)' : '';

const call = makeRecord({
  id: 'r_call',
  title: 'Call with Dana Smith about the budget',
  to: [{ name: 'Dana Smith', address: 'dana@home.example' }],
  body: 'Please call Dana Smith tomorrow about the road budget.\nHer home number is 555-0134.\n\nThanks,\nSam',
});
const memo = makeRecord({ id: 'r_memo', title: 'Settlement memo', date: '2024-03-06T10:00:00-05:00', body: 'The settlement figure is confidential and stays with counsel.' });
const long = makeRecord({ id: 'r_long', title: 'Road maintenance budget review', date: '2024-03-07T10:00:00-05:00', body: longBody(80) });

function redactedInput(): ReturnType<typeof packetInput> {
  return packetInput([
    packetItem(call, 'release-in-part', [
      redactionOf(call, 'subject', 'Dana Smith'),
      redactionOf(call, 'to', 'Dana Smith <dana@home.example>'),
      redactionOf(call, 'body', 'Dana Smith'),
      redactionOf(call, 'body', '555-0134'),
    ]),
    packetItem(memo, 'withhold-in-full'),
    packetItem(long),
  ]);
}

describe('pixels under a redaction box' + needsPoppler, () => {
  it.skipIf(pixelsSkipped)('are solid black but for the white label, and a page of text is not blank', async () => {
    const box = { x: 200, y: 400, width: 160, height: 14, label: '(b)(6)' };
    const bytes = await handBuiltPdf({ pages: [{ lines: ['Some text above the box.'], boxes: [box] }] });
    const [page] = await renderPdfPages(bytes, { dpi: DPI });
    if (page === undefined) {
      throw new Error('pdftoppm rendered no page');
    }
    const label: PdfBox = { x: box.x, y: box.y, width: 40, height: box.height };
    const outsideLabel = boxPixels(page, box, { dpi: DPI, pageHeight: PAGE_HEIGHT, exclude: [label] });
    expect(outsideLabel.total).toBeGreaterThan(1000);
    expect(outsideLabel.dark).toBe(outsideLabel.total);
    const labelArea = boxPixels(page, label, { dpi: DPI, pageHeight: PAGE_HEIGHT });
    expect(labelArea.light).toBeGreaterThan(5);
    // A box-sized area of plain text is nothing like it: mostly white.
    const text = boxPixels(page, { x: 72, y: 716, width: 120, height: 12 }, { dpi: DPI, pageHeight: PAGE_HEIGHT });
    expect(text.light / text.total).toBeGreaterThan(0.5);
    expect(inkShare(page)).toBeGreaterThan(0.005);
  });

  it.skipIf(pixelsSkipped)('can look solid over words that are still in the text layer: only the read-back finds those', async () => {
    const pages = [{ lines: ['Please call Dana Smith tomorrow.'], bates: 'ABC000001', boxes: [{ x: 120, y: 716, width: 70, height: 14 }] }];
    const bytes = await handBuiltPdf({ pages });
    const [page] = await renderPdfPages(bytes, { dpi: DPI });
    if (page === undefined) {
      throw new Error('pdftoppm rendered no page');
    }
    const covered = boxPixels(page, { x: 120, y: 716, width: 70, height: 14 }, { dpi: DPI, pageHeight: PAGE_HEIGHT });
    expect(covered.dark).toBe(covered.total);
    const result = await verifyPacket(bytes, {
      pages: [{ bates: 'ABC000001', recordId: 'r_1' }],
      redactions: [{ recordId: 'r_1', field: 'body', hidden: 'Dana Smith', visibleText: 'Please call\ntomorrow.' }],
      responsiveRecordIds: ['r_1'],
      entries: [{ recordId: 'r_1', title: '', batesFirst: 'ABC000001', batesLast: 'ABC000001' }],
      publicText: '',
    });
    expect(result.problems.map((problem) => problem.kind)).toEqual(['redaction-leak']);
  });
});

describe('a packet built by the layout and assembly', () => {
  let fonts: PacketFontFiles;
  let packet: TestPacket;

  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    packet = await buildTestPacket(redactedInput(), fonts);
  });

  it('passes the packet check, redactions, slip sheet and all', async () => {
    const result = await verifyPacket(packet.bytes, expectationsFromInput(redactedInput(), packet.plan));
    expect(result.problems).toEqual([]);
    expect(result.pagesRead).toBe(packet.plan.pages.length);
  });

  it('fails the check when the same packet is held to a redaction it does not have', async () => {
    const expectations = expectationsFromInput(redactedInput(), packet.plan);
    const missed = { recordId: 'r_long', field: 'body' as const, hidden: 'road maintenance budget', visibleText: '' };
    const result = await verifyPacket(packet.bytes, { ...expectations, redactions: [...expectations.redactions, missed] });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/^Page FOIA-\d{6} \(record r_long\): the redacted text “road maintenance budget” can be read in the packet/);
  });

  it.skipIf(pixelsSkipped)('burns every redaction in as a solid box with a white label, on pages that are not blank' + needsPoppler, async () => {
    const shaper = createTextShaper(fonts);
    const pages = await renderPdfPages(packet.bytes, { dpi: DPI });
    expect(pages).toHaveLength(packet.plan.pages.length);
    const boxed = packet.plan.pages.flatMap((plan, index) => (plan.boxes ?? []).map((box) => ({ box, index })));
    expect(boxed.length).toBeGreaterThanOrEqual(4);
    for (const { box, index } of boxed) {
      const page = pages[index];
      if (page === undefined) {
        throw new Error(`No rendering of page ${index + 1}`);
      }
      const label = labelArea(box, shaper);
      const solid = boxPixels(page, box, { dpi: DPI, pageHeight: LETTER_GEOMETRY.height, exclude: label === null ? [] : [label] });
      expect(solid.total, `box on page ${index + 1}`).toBeGreaterThan(0);
      expect(solid.dark / solid.total, `box on page ${index + 1}`).toBeGreaterThan(0.99);
      if (label !== null) {
        expect(boxPixels(page, label, { dpi: DPI, pageHeight: LETTER_GEOMETRY.height }).light, `label on page ${index + 1}`).toBeGreaterThan(0);
      }
    }
    pages.forEach((page, index) => {
      expect(inkShare(page), `page ${index + 1}`).toBeGreaterThan(0.002);
    });
  });
});

/** Where a box's label is drawn, a point of margin around it; null for a box without a label. */
function labelArea(box: PlacedBox, shaper: ReturnType<typeof createTextShaper>): PdfBox | null {
  if (box.label === '') {
    return null;
  }
  const text = boxLabelText(box, shaper);
  const width = shaper.measure(box.label, box.labelSize, 'bold');
  return { x: text.x - 1, y: text.y - 0.3 * box.labelSize, width: width + 2, height: 1.3 * box.labelSize };
}
