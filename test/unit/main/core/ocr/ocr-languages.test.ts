/** The installed OCR languages and script detection's choice among them. */
import { describe, expect, it } from 'vitest';
import { languageData, languageForScript, OCR_LANGUAGES, parseOcrLanguage } from '../../../../../main/core/ocr/ocr-languages.js';

describe('languages', () => {
  it('finds every language package and osd in node_modules', () => {
    for (const code of [...OCR_LANGUAGES, 'osd'] as const) {
      const data = languageData(code);
      expect(data.folder).toMatch(new RegExp(`node_modules[\\\\/]@tesseract\\.js-data[\\\\/]${code}[\\\\/]4\\.0\\.0`));
      expect(data.legacy).toBe(code === 'osd');
    }
  });

  it('validates a requested language', () => {
    expect(parseOcrLanguage('fra')).toBe('fra');
    expect(parseOcrLanguage('auto')).toBe('auto');
    expect(() => parseOcrLanguage('rus')).toThrow(/"rus" is not installed/);
  });

  it('maps a detected script to a language, keeping the fallback for Latin', () => {
    expect(languageForScript('Arabic')).toBe('ara');
    expect(languageForScript('Han')).toBe('chi_sim');
    expect(languageForScript('Latin', 'deu')).toBe('deu');
    expect(languageForScript(null, 'spa')).toBe('spa');
    expect(() => languageForScript('Cyrillic')).toThrow(/Cyrillic script, and no OCR language for it is installed/);
  });
});
