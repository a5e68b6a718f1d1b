import { beforeAll, describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanText,
  measureRuns,
  splitFontRuns,
  type GlyphCoverage,
} from '../../../../../main/core/packet/font-runs.js';
import { PDFDocument } from 'pdf-lib';
import { embedPacketFonts, loadPacketFonts, type FaceName, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { createTextShaper, type TextShaper } from '../../../../../main/core/packet/text-shaper.js';
import { FONT_DIR } from './packet-fixtures.js';

/** Primary covers everything below the CJK blocks; fallback covers CJK only. */
const coverage: GlyphCoverage = {
  primary: (cp) => cp < 0x2e80,
  fallback: (cp) => cp >= 0x2e80 && cp <= 0x9fff,
};

const texts = (runs: ReturnType<typeof splitFontRuns>): Array<[string, string, string]> =>
  runs.map((run) => [run.font, run.direction, run.text]);

describe('cleanText', () => {
  it('normalises line ends, expands tabs, and drops other control characters', () => {
    expect(cleanText('a\r\nb\rc\n\td\u0000e\u0007f\u001bg\u007f')).toBe('a\nb\nc\n    def' + 'g');
  });

  it('turns NEL and Unicode line separators into newlines and drops C1 controls', () => {
    expect(cleanText('a\u0085b\u2028c\u2029d\u0080\u009fe')).toBe('a\nb\nc\nde');
  });

  it('drops invisible formatting characters but keeps the joiners that steer shaping', () => {
    expect(cleanText('co\u00ADop\u200Bera\u200Ftion\uFEFF \u202Bx\u202C \u200D\u200C')).toBe('cooperation x \u200D\u200C');
  });

  it('replaces lone surrogates and keeps valid pairs', () => {
    expect(cleanText('x\uD800y\uDC00z 😀')).toBe('x\uFFFDy\uFFFDz 😀');
  });

  it('turns newlines into spaces for one-line fields', () => {
    expect(cleanLine('Re: budget\r\n  follow-up')).toBe('Re: budget   follow-up');
  });
});

describe('splitFontRuns', () => {
  it('splits CJK into fallback runs and the rest into primary runs', () => {
    expect(texts(splitFontRuns('東京 Hello Привет', coverage))).toEqual([
      ['fallback', 'ltr', '東京'],
      ['primary', 'ltr', ' Hello Привет'],
    ]);
  });

  it('sends characters neither font has to the primary font', () => {
    const none: GlyphCoverage = { primary: (cp) => cp < 0x80, fallback: () => false };
    expect(texts(splitFontRuns('a\u{1F600}b', none))).toEqual([['primary', 'ltr', 'a\u{1F600}b']]);
  });

  it('returns no runs for empty text', () => {
    expect(splitFontRuns('', coverage)).toEqual([]);
  });

  it('keeps right-to-left words in their own runs, with the spaces between them', () => {
    expect(texts(splitFontRuns('رقم الطلب: FOIA-1', coverage))).toEqual([
      ['primary', 'rtl', 'رقم الطلب'],
      ['primary', 'ltr', ': FOIA-1'],
    ]);
    expect(texts(splitFontRuns('Re: שלום עולם!', coverage))).toEqual([
      ['primary', 'ltr', 'Re: '],
      ['primary', 'rtl', 'שלום עולם'],
      ['primary', 'ltr', '!'],
    ]);
  });

  it('keeps numbers left to right inside right-to-left text', () => {
    expect(texts(splitFontRuns('عام 2024', coverage))).toEqual([
      ['primary', 'rtl', 'عام'],
      ['primary', 'ltr', ' 2024'],
    ]);
  });

  it('keeps a combining mark with its base character', () => {
    const primaryLacksMark: GlyphCoverage = { primary: (cp) => cp < 0x300, fallback: () => true };
    // The mark belongs to whichever font drew its base, if that font has it.
    expect(texts(splitFontRuns('東\u0301', { ...coverage, fallback: () => true }))).toEqual([['fallback', 'ltr', '東\u0301']]);
    expect(texts(splitFontRuns('e\u0301', primaryLacksMark))).toEqual([
      ['primary', 'ltr', 'e'],
      ['fallback', 'ltr', '\u0301'],
    ]);
  });

  it('adds run widths', () => {
    const runs = splitFontRuns('東京 abc', coverage);
    expect(measureRuns(runs, (run) => (run.font === 'fallback' ? 2 : 1) * Array.from(run.text).length)).toBe(8);
  });
});

describe('runs with the packet fonts', () => {
  let shaper: TextShaper;
  let fonts: PacketFontFiles;
  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
    shaper = createTextShaper(fonts);
  });

  it('draws CJK with Droid Sans Fallback and Latin, Cyrillic, Greek, Arabic with DejaVu', () => {
    expect(shaper.runs('東京 Hello Привет', 'regular').map((run) => [run.face, run.text])).toEqual([
      ['fallback', '東京'],
      // Latin and Cyrillic need no shaping: drawn with the plain face.
      ['regular-plain', ' Hello Привет'],
    ]);
    // Arabic must be shaped (joining forms): its run keeps the shaped face; the Greek one is plain.
    expect(shaper.runs('Καλημέρα مرحبا', 'bold').map((run) => run.face)).toEqual(['bold-plain', 'bold']);
    expect(shaper.runs('Καλημέρα', 'bold').map((run) => run.face)).toEqual(['bold-plain']);
  });

  it('measures text as the sum of its runs, linear in size', () => {
    const whole = shaper.measure('東京 Hello', 10, 'regular');
    expect(whole).toBeCloseTo(shaper.faceWidth('fallback', '東京', 10) + shaper.faceWidth('regular-plain', ' Hello', 10), 6);
    expect(shaper.measure('東京 Hello', 20, 'regular')).toBeCloseTo(whole * 2, 6);
    expect(shaper.measure('Hello', 10, 'bold')).toBeGreaterThan(shaper.measure('Hello', 10, 'regular'));
  });

  it('measures a plain run exactly as pdf-lib draws it with shaping switched off', async () => {
    const doc = await PDFDocument.create();
    const faces = await embedPacketFonts(doc, fonts, new Set<FaceName>(['regular-plain', 'bold-plain']));
    for (const text of ['office fifty fluffy', 'Привет, Καλημέρα — “quoted” ½ ﬁ', 'AVATAR Wa To.']) {
      for (const face of ['regular-plain', 'bold-plain'] as const) {
        expect(shaper.faceWidth(face, text, 12)).toBeCloseTo(faces.get(face)?.widthOfTextAtSize(text, 12) ?? Number.NaN, 6);
      }
    }
  });
});
