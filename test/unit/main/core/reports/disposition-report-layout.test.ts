import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.js';
import { contentWidth, LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { formatPeriod, formatVolume, formatVolumeTotal, NOT_RECORDED } from '../../../../../main/core/reports/disposition-gap-fields.js';
import { DISPOSITION_SECTIONS } from '../../../../../main/core/reports/disposition-report-input.js';
import { layoutDispositionReport, type DispositionReportPage } from '../../../../../main/core/reports/disposition-report-layout.js';
import { fakeMeasure, GAPS, GMAIL_GAP, makeGap, makeInput, manyEvidence, WHATSAPP_GAP, WICKR_GAP } from './disposition-fixtures.js';

const geometry = LETTER_GEOMETRY;

/** Every text of the pages above the footer, in drawing order. */
function bodyTexts(pages: readonly DispositionReportPage[]): string[] {
  return pages.flatMap((page) => page.texts.filter((text) => text.y > geometry.contentBottom).map((text) => text.text));
}

/** The texts between one section heading and the next. */
function sectionTexts(texts: readonly string[], index: number): string[] {
  const start = texts.indexOf(DISPOSITION_SECTIONS[index]?.heading ?? '');
  const next = DISPOSITION_SECTIONS[index + 1];
  const end = next === undefined ? texts.length : texts.indexOf(next.heading);
  return texts.slice(start, end);
}

/** The text right after `label` in the first row that holds it, from `from` on. */
function valueAfter(texts: readonly string[], label: string, from = 0): string | undefined {
  const index = texts.indexOf(label, from);
  return index < 0 ? undefined : texts[index + 1];
}

function expectInsideContentBox(pages: readonly DispositionReportPage[]): void {
  const right = geometry.marginLeft + contentWidth(geometry) + 1e-6;
  for (const page of pages) {
    for (const text of page.texts) {
      expect(text.x).toBeGreaterThanOrEqual(geometry.marginLeft - 1e-6);
      expect(text.x + fakeMeasure(text.text, text.size, text.style)).toBeLessThanOrEqual(right);
      expect(text.y).toBeLessThanOrEqual(geometry.height - geometry.marginTop);
      if (text.y > geometry.footerBaseline) {
        expect(text.y).toBeGreaterThanOrEqual(geometry.contentBottom);
      }
    }
  }
}

describe('layoutDispositionReport', () => {
  const pages = layoutDispositionReport(makeInput(), fakeMeasure);
  const texts = bodyTexts(pages);

  it('opens with a cover citing 36 CFR 1230.14 and the summary table', () => {
    const first = pages[0]?.texts.map((text) => text.text) ?? [];
    expect(first[0]).toBe('Report of unauthorized disposition of federal records');
    expect(first).toContain('Under 36 CFR 1230.14 and 44 U.S.C. 3106');
    expect(valueAfter(first, 'Agency')).toBe('U.S. Department of Examples');
    expect(valueAfter(first, 'Prepared by')).toBe('Jordan Lee, Agency Records Officer');
    expect(valueAfter(first, 'Generated')).toBe('2025-03-14 15:09 UTC');
    expect(valueAfter(first, 'Gaps reported')).toBe('3');
    expect(first).toContain('Summary');
    // By channel: Wickr, WhatsApp, Personal email; by status: one each but closed; totals.
    for (const [label, count] of [['Wickr', '1'], ['WhatsApp', '1'], ['Personal email', '1'], ['Suspected', '1'], ['Confirmed', '1'], ['Reported', '1'], ['Closed', '0']]) {
      expect(valueAfter(first, label ?? '')).toBe(count);
    }
    expect(first.filter((text) => text === 'All gaps')).toHaveLength(2);
    expect(first).toContain('420–1,300 messages; 1 gap not estimated');
  });

  it('has the six sections in the regulation’s order, after the summary', () => {
    const positions = DISPOSITION_SECTIONS.map((section) => texts.indexOf(section.heading));
    expect(positions.every((position) => position > texts.indexOf('Summary'))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(DISPOSITION_SECTIONS.map((section) => section.heading)).toEqual([
      '1. Description of the records',
      '2. Office maintaining the records',
      '3. Exact circumstances of the loss',
      '4. Safeguards established',
      '5. Actions taken to salvage, retrieve or reconstruct the records',
      '6. Corrective actions',
    ]);
  });

  it('lists every gap, in order, in each of the five per-gap sections', () => {
    for (let index = 0; index < 5; index += 1) {
      const section = sectionTexts(texts, index);
      const positions = GAPS.map((gap, ordinal) => section.indexOf(`Gap ${ordinal + 1} of 3: ${gap.title}`));
      expect(positions.every((position) => position > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(sectionTexts(texts, 5).join(' ')).toContain('All staff completed records management training on electronic messaging by 2024-04-30.');
  });

  it('describes each gap with channel, custodians, dates and estimated volume', () => {
    const section = sectionTexts(texts, 0);
    const wickr = section.indexOf(`Gap 1 of 3: ${WICKR_GAP.title}`);
    expect(valueAfter(section, 'Register id', wickr)).toBe('gap-wickr-01');
    expect(valueAfter(section, 'Channel', wickr)).toBe('Wickr');
    expect(valueAfter(section, 'Custodians', wickr)).toBe('Alan Reyes (Deputy Director), Maria Okafor (Chief of Staff)');
    expect(valueAfter(section, 'Dates (if known)', wickr)).toBe('2023-09-01 to 2023-12-15');
    expect(valueAfter(section, 'Estimated volume', wickr)).toBe('300–900 messages (estimate)');
    const whatsapp = section.indexOf(`Gap 2 of 3: ${WHATSAPP_GAP.title}`);
    expect(valueAfter(section, 'Dates (if known)', whatsapp)).toBe('From 2024-02-01 (end date not recorded)');
  });

  it('prints "Not recorded" for every empty field and never prints a blank text', () => {
    const gmail = `Gap 3 of 3: ${GMAIL_GAP.title}`;
    const description = sectionTexts(texts, 0);
    const at = description.indexOf(gmail);
    for (const label of ['Custodians', 'Dates (if known)', 'Estimated volume']) {
      expect(valueAfter(description, label, at)).toBe(NOT_RECORDED);
    }
    for (const index of [1, 3, 4]) {
      expect(valueAfter(sectionTexts(texts, index), gmail)).toBe(NOT_RECORDED);
    }
    const circumstances = sectionTexts(texts, 2);
    const gmailAt = circumstances.indexOf(gmail);
    expect(valueAfter(circumstances, 'Circumstances', gmailAt)).toBe(NOT_RECORDED);
    expect(valueAfter(circumstances, 'Evidence', gmailAt)).toBe(NOT_RECORDED);
    // The WhatsApp gap's office is empty, and it has no salvage actions.
    expect(valueAfter(sectionTexts(texts, 1), `Gap 2 of 3: ${WHATSAPP_GAP.title}`)).toBe(NOT_RECORDED);
    expect(valueAfter(sectionTexts(texts, 4), `Gap 2 of 3: ${WHATSAPP_GAP.title}`)).toBe(NOT_RECORDED);
    expect(pages.flatMap((page) => page.texts).every((text) => text.text.trim() !== '')).toBe(true);

    const empty = layoutDispositionReport(makeInput({ gaps: [GMAIL_GAP], correctiveActions: '  ', agency: '' }), fakeMeasure);
    const emptyTexts = bodyTexts(empty);
    expect(valueAfter(emptyTexts, 'Agency')).toBe(NOT_RECORDED);
    expect(sectionTexts(emptyTexts, 5)).toContain(NOT_RECORDED);
  });

  it('gives the circumstances, the cause and each piece of evidence with its record and quote', () => {
    const section = sectionTexts(texts, 2);
    expect(valueAfter(section, 'Cause')).toBe('Auto-delete or ephemeral setting');
    expect(section.join(' ')).toContain('Between September and December 2023 the grants team discussed award decisions in Wickr rooms with a one-day burn timer.');
    expect(section).toContain('1. RE: FY24 award shortlist');
    expect(section).toContain('Record rec-email-0412 · 2023-09-04T16:12:00Z · Alan Reyes');
    expect(section).toContain('“Moving this to Wickr, burn timer is set to 1 day.”');
    expect(section).toContain('Record rec-chat-0933 · date not recorded · Maria Okafor');
    expect(section).toContain('No passage quoted: the record as a whole is the evidence.');
    for (const quote of ['“Включаю исчезающие сообщения на 7 дней”', '“سأحذف هذه الرسائل بعد اجتماع اليوم”', '“会議の記録は残さないでください”']) {
      expect(section).toContain(quote);
    }
    expect(section).toContain('4. Record not found in the case index');
    expect(section).toContain('Record rec-missing-9999');
    // Reviewer notes are working notes, never part of the report.
    expect(texts.join('\n')).not.toContain('INTERNAL NOTE');
  });

  it('lists salvage actions in date order with their results', () => {
    const section = sectionTexts(texts, 4);
    const first = section.indexOf('2024-01-10: Asked the Wickr Enterprise administrator for server-side copies');
    const second = section.indexOf('2024-01-12: Forensic image of the Deputy Director’s agency phone');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(valueAfter(section, 'Result', first)).toBe('Retention was never enabled for the network; no copies exist.');
  });

  it('numbers every page and keeps every text inside the page', () => {
    pages.forEach((page, index) => {
      expect(page.pageNumber).toBe(index + 1);
      expect(page.texts.map((text) => text.text)).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    expectInsideContentBox(pages);
  });

  it('wraps long circumstances over several pages, each headed with its section and gap', () => {
    const long = Array.from({ length: 300 }, (_, index) => `Sentence ${index + 1} of the account of how the phone was wiped.`).join(' ');
    const gap = makeGap({ id: 'gap-long', title: 'Wiped phone', channel: 'sms', cause: 'device-lost-or-wiped', circumstances: long });
    const longPages = layoutDispositionReport(makeInput({ gaps: [gap] }), fakeMeasure);
    expectInsideContentBox(longPages);
    const all = bodyTexts(longPages).join(' ');
    for (const index of [1, 150, 300]) {
      expect(all).toContain(`Sentence ${index} of the account`);
    }
    const heading = '3. Exact circumstances of the loss (continued) · Gap 1 of 1: Wiped phone';
    const continued = longPages.filter((page) => page.texts[0]?.text === heading);
    expect(continued.length).toBeGreaterThanOrEqual(2);
  });

  it('pages a gap with 200 pieces of evidence, each once and in order, with a header on every continued page', () => {
    const gap = makeGap({ id: 'gap-bulk', title: 'Deleted Signal messages', channel: 'signal', cause: 'auto-delete', evidence: manyEvidence(200) });
    const bulkPages = layoutDispositionReport(makeInput({ gaps: [gap] }), fakeMeasure);
    expectInsideContentBox(bulkPages);
    const bulkTexts = bodyTexts(bulkPages);
    const positions = Array.from({ length: 200 }, (_, index) => bulkTexts.indexOf(`“Message ${index + 1} deleted”`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const evidencePages = bulkPages.filter((page) => page.texts.some((text) => text.text.startsWith('“Message ')));
    expect(evidencePages.length).toBeGreaterThanOrEqual(5);
    for (const page of evidencePages.slice(1)) {
      expect(page.texts[0]?.text).toBe('3. Exact circumstances of the loss (continued) · Gap 1 of 1: Deleted Signal messages');
    }
    // No evidence item is split across pages: its title and its quote share a page.
    for (const page of bulkPages) {
      const lines = page.texts.map((text) => text.text);
      lines.forEach((line, index) => {
        if (/^\d+\. Record not found in the case index$/.test(line)) {
          expect(lines.slice(index + 1, index + 4).some((next) => next.startsWith('“Message '))).toBe(true);
        }
      });
    }
  });

  it('rejects a report with no gaps or an invalid date', () => {
    expect(() => layoutDispositionReport(makeInput({ gaps: [] }), fakeMeasure)).toThrow(AppError);
    expect(() => layoutDispositionReport(makeInput({ generatedAt: new Date('not a date') }), fakeMeasure)).toThrow(AppError);
  });
});

describe('gap field wording', () => {
  it('formats periods, volumes and totals', () => {
    expect(formatPeriod(null, '2024-03-31')).toBe('Until 2024-03-31 (start date not recorded)');
    expect(formatPeriod('2024-03-31', '2024-03-31')).toBe('2024-03-31');
    expect(formatVolume({ low: 1, high: 1, unit: 'calls' })).toBe('1 call (estimate)');
    expect(formatVolume({ low: 1200, high: 3400, unit: 'emails' })).toBe('1,200–3,400 emails (estimate)');
    const withEmails = [...GAPS, makeGap({ id: 'g4', volume: { low: 40, high: 75, unit: 'emails' } })];
    expect(formatVolumeTotal(withEmails)).toBe('420–1,300 messages; 40–75 emails; 1 gap not estimated');
    expect(formatVolumeTotal([GMAIL_GAP])).toBe('1 gap not estimated');
  });
});
