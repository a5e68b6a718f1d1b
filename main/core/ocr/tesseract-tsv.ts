/**
 * Tesseract's TSV output turned into words with boxes. TSV is the cheapest of its outputs that
 * keeps every word's box and confidence (its JSON repeats each word's symbols and choices).
 *
 * Columns: level, page_num, block_num, par_num, line_num, word_num, left, top, width, height,
 * conf, text. Level 5 rows are words; confidence -1 marks rows that are not words.
 */
import type { OcrWord } from './ocr-result.js';

const WORD_LEVEL = '5';

/** Words in reading order, boxes in the pixels of the image Tesseract saw. */
export function parseTesseractTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const line of tsv.split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 12 || cells[0] !== WORD_LEVEL) {
      continue;
    }
    // The text is the last column and may itself hold a tab only in theory; rejoin to be safe.
    const text = cells.slice(11).join('\t').trim();
    const [left, top, width, height, confidence] = cells.slice(6, 11).map(Number);
    if (text === '' || left === undefined || top === undefined || width === undefined || height === undefined || confidence === undefined) {
      continue;
    }
    if (![left, top, width, height, confidence].every(Number.isFinite) || confidence < 0) {
      continue;
    }
    words.push({ text, bbox: { x0: left, y0: top, x1: left + width, y1: top + height }, confidence });
  }
  return words;
}

/** The mean of the words' confidences, 0 when there are none. */
export function meanWordConfidence(words: readonly OcrWord[]): number {
  if (words.length === 0) {
    return 0;
  }
  return words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
}
