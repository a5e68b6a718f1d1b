import { describe, expect, it } from 'vitest';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import type { PlannedPage } from '../../../../../main/core/packet/draw-planned-page.js';
import { NOT_RECORDED } from '../../../../../main/core/reports/disposition-gap-fields.js';
import {
  GAP_APPENDIX_EMPTY,
  GAP_APPENDIX_TITLE,
  gapsCitedBy,
  layoutGapAppendixBody,
  layoutGapAppendixPreview,
  numberGapAppendixPages,
  PREVIEW_FOOTER,
} from '../../../../../main/core/reports/gap-appendix-layout.js';
import { CYRILLIC_QUOTE, fakeMeasure, GAPS, makeGap, WHATSAPP_GAP } from './disposition-fixtures.js';

const texts = (pages: readonly PlannedPage[]): string[] => pages.flatMap((page) => page.texts.map((text) => text.text));

/** The text right after `label`, from `from` on. */
function valueAfter(list: readonly string[], label: string, from = 0): string | undefined {
  const index = list.indexOf(label, from);
  return index < 0 ? undefined : list[index + 1];
}

describe('gap appendix layout', () => {
  it('lists each cited gap under the appendix title with its fields and a summary', () => {
    const pages = layoutGapAppendixPreview(GAPS, fakeMeasure);
    expect(pages).toHaveLength(1);
    const all = texts(pages);
    expect(all[0]).toBe(GAP_APPENDIX_TITLE);
    const wickr = all.indexOf('1. Wickr messages of the grants team, autumn 2023');
    const whatsapp = all.indexOf('2. WhatsApp group "Field office coordination"');
    const gmail = all.indexOf('3. Personal Gmail account of the Commissioner');
    expect(wickr).toBeGreaterThan(0);
    expect(whatsapp).toBeGreaterThan(wickr);
    expect(gmail).toBeGreaterThan(whatsapp);
    expect(valueAfter(all, 'Channel', wickr)).toBe('Wickr');
    expect(valueAfter(all, 'Custodians', wickr)).toBe('Alan Reyes (Deputy Director), Maria Okafor (Chief of Staff)');
    expect(valueAfter(all, 'Period', wickr)).toBe('2023-09-01 to 2023-12-15');
    expect(valueAfter(all, 'Cause', wickr)).toBe('Auto-delete or ephemeral setting');
    expect(valueAfter(all, 'Estimated volume', wickr)).toBe('300–900 messages (estimate)');
    expect(valueAfter(all, 'Status', wickr)).toBe('Confirmed');
    // The summary is one paragraph: the circumstances' line break is gone.
    const summary = all.slice(all.indexOf('Summary', wickr) + 1, whatsapp).join(' ');
    expect(summary).toContain('burn timer. Nobody copied the messages');
    expect(valueAfter(all, 'Status', whatsapp)).toBe('Reported');
    for (const label of ['Custodians', 'Period', 'Estimated volume', 'Summary']) {
      expect(valueAfter(all, label, gmail)).toBe(NOT_RECORDED);
    }
  });

  it('leaves out evidence quotes and reviewer notes, which have not been reviewed for release', () => {
    const all = texts(layoutGapAppendixPreview(GAPS, fakeMeasure)).join('\n');
    expect(all).not.toContain(CYRILLIC_QUOTE);
    expect(all).not.toContain('burn timer is set to 1 day');
    expect(all).not.toContain('INTERNAL NOTE');
  });

  it('numbers pages as packet pages, with the packet’s Bates numbers', () => {
    const body = layoutGapAppendixBody([WHATSAPP_GAP], fakeMeasure);
    const pages = numberGapAppendixPages(body, { firstPageNumber: 12, documentPageCount: 12 + body.length - 1, bates: { prefix: 'DOE-', start: 1, width: 6 } }, fakeMeasure);
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page?.pageNumber).toBe(12);
    expect(page?.bates).toBe('DOE-000012');
    expect(page?.kind).toBe('gap-appendix');
    expect(page?.recordId).toBeNull();
    const footer = page?.texts.filter((text) => text.y === LETTER_GEOMETRY.footerBaseline) ?? [];
    expect(footer.map((text) => [text.text, text.style])).toEqual([
      ['Page 12 of 12', 'regular'],
      ['DOE-000012', 'bold'],
    ]);
    // The Bates number ends at the right margin, as on the packet's own pages.
    const bates = footer[1];
    expect((bates?.x ?? 0) + fakeMeasure('DOE-000012', LETTER_GEOMETRY.footer.size, 'bold')).toBeCloseTo(LETTER_GEOMETRY.width - LETTER_GEOMETRY.marginRight);
  });

  it('runs 60 gaps over several pages, each page after the first headed "(continued)", none split', () => {
    const gaps = Array.from({ length: 60 }, (_, index) =>
      makeGap({ id: `gap-${index}`, title: `Deleted SMS thread ${index + 1}`, channel: 'sms', circumstances: 'Phone replaced; messages not migrated.' }),
    );
    const pages = layoutGapAppendixPreview(gaps, fakeMeasure);
    expect(pages.length).toBeGreaterThan(3);
    pages.slice(1).forEach((page) => expect(page.texts[0]?.text).toBe(`${GAP_APPENDIX_TITLE} (continued)`));
    pages.forEach((page, index) => {
      const list = page.texts.map((text) => text.text);
      expect(list).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(list).toContain(PREVIEW_FOOTER);
      // An entry's heading and its last field share a page.
      list.forEach((text, at) => {
        if (/^\d+\. Deleted SMS thread \d+$/.test(text)) {
          expect(list.indexOf('Summary', at)).toBeGreaterThan(at);
        }
      });
      for (const text of page.texts.filter((text) => text.y > LETTER_GEOMETRY.footerBaseline)) {
        expect(text.y).toBeGreaterThanOrEqual(LETTER_GEOMETRY.contentBottom);
      }
    });
    const all = texts(pages);
    gaps.forEach((gap, index) => expect(all.filter((text) => text === `${index + 1}. ${gap.title}`)).toHaveLength(1));
  });

  it('takes the gaps a request cites, in register order', () => {
    const other = makeGap({ id: 'gap-other', requestIds: ['req-0200'] });
    const both = makeGap({ id: 'gap-both', requestIds: ['req-0200', 'req-0117'] });
    expect(gapsCitedBy([...GAPS, other, both], 'req-0117').map((gap) => gap.id)).toEqual(['gap-wickr-01', 'gap-whatsapp-02', 'gap-gmail-03', 'gap-both']);
    expect(gapsCitedBy(GAPS, 'req-none')).toEqual([]);
  });

  it('says so when no records are known to be missing', () => {
    const all = texts(layoutGapAppendixPreview([], fakeMeasure));
    expect(all).toContain(GAP_APPENDIX_TITLE);
    expect(all).toContain(GAP_APPENDIX_EMPTY);
  });
});
