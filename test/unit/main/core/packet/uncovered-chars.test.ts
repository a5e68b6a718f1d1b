import { beforeAll, describe, expect, it } from 'vitest';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import { loadPacketFonts } from '../../../../../main/core/packet/packet-fonts.js';
import { createTextShaper, type TextShaper } from '../../../../../main/core/packet/text-shaper.js';
import { createUncoveredCollector } from '../../../../../main/core/packet/uncovered-chars.js';
import { FONT_DIR, makeInput, makeRecord, MULTILINGUAL_BODY, partItem, planTexts, redactQuote, item } from './packet-fixtures.js';

describe('characters no font can draw', () => {
  let shaper: TextShaper;
  beforeAll(async () => {
    shaper = createTextShaper(await loadPacketFonts(FONT_DIR));
  });

  it('are still drawn (as the font’s empty box) and reported with their record, once each', () => {
    const thai = makeRecord({ id: 'th', title: 'Meeting ก', body: `Thai: สวัสดี สวัสดี\n${MULTILINGUAL_BODY}` });
    const clean = makeRecord({ id: 'ok', body: MULTILINGUAL_BODY });
    const input = makeInput([item(thai), item(clean)]);
    const plan = layoutPacket({ ...input, caseName: 'Case क' }, shaper);
    // Nothing is dropped: the Thai text is in the plan as written.
    expect(planTexts(plan)).toContain('Thai: สวัสดี สวัสดี');
    const byRecord = (id: string | null): string[] => plan.uncovered.filter((u) => u.recordId === id).map((u) => u.char);
    expect(byRecord('th')).toEqual(['ก', 'ส', 'ว', 'ั', 'ด', 'ี']);
    expect(plan.uncovered.find((u) => u.char === 'ก')).toEqual({ recordId: 'th', char: 'ก', codePoint: 0x0e01 });
    // Japanese, Chinese, Cyrillic, Greek, Hebrew, Arabic and accents are all covered.
    expect(byRecord('ok')).toEqual([]);
    expect(byRecord(null)).toEqual(['क']);
  });

  it('are not reported from redacted text, which is never drawn', () => {
    const record = makeRecord({ id: 'r', body: 'Name: สมชาย, ok.' });
    const plan = layoutPacket(makeInput([partItem(record, [redactQuote(record, 'body', 'สมชาย')])]), shaper);
    expect(plan.uncovered).toEqual([]);
  });

  it('are collected by code point and record, in the order met', () => {
    const collector = createUncoveredCollector((cp) => cp < 0x100);
    collector.scanText('a', 'xĀyāĀ', 'regular');
    collector.scanText('b', 'Ā', 'bold');
    collector.scanText(null, '😀', 'regular');
    expect(collector.list()).toEqual([
      { recordId: 'a', char: 'Ā', codePoint: 0x100 },
      { recordId: 'a', char: 'ā', codePoint: 0x101 },
      { recordId: 'b', char: 'Ā', codePoint: 0x100 },
      { recordId: null, char: '😀', codePoint: 0x1f600 },
    ]);
  });

  it('are what the shaper reports as covered by neither face', () => {
    expect(shaper.covers('A'.codePointAt(0) ?? 0, 'bold')).toBe(true);
    expect(shaper.covers('東'.codePointAt(0) ?? 0, 'regular')).toBe(true);
    expect(shaper.covers('ก'.codePointAt(0) ?? 0, 'regular')).toBe(false);
  });
});
