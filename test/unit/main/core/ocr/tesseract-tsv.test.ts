/** Tesseract's TSV output to words with boxes. */
import { describe, expect, it } from 'vitest';
import { meanWordConfidence, parseTesseractTsv } from '../../../../../main/core/ocr/tesseract-tsv.js';

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t1200\t500\t-1\t',
  '4\t1\t1\t1\t1\t0\t150\t120\t500\t40\t-1\t',
  '5\t1\t1\t1\t1\t1\t150\t121\t180\t38\t96.5\tQuarterly',
  '5\t1\t1\t1\t1\t2\t340\t121\t120\t38\t91\treport',
  '5\t1\t1\t1\t1\t3\t470\t121\t10\t38\t95\t ',
  '',
].join('\n');

describe('parseTesseractTsv', () => {
  it('keeps word rows with text, as boxes with exclusive ends', () => {
    expect(parseTesseractTsv(TSV)).toEqual([
      { text: 'Quarterly', bbox: { x0: 150, y0: 121, x1: 330, y1: 159 }, confidence: 96.5 },
      { text: 'report', bbox: { x0: 340, y0: 121, x1: 460, y1: 159 }, confidence: 91 },
    ]);
    expect(meanWordConfidence(parseTesseractTsv(TSV))).toBeCloseTo(93.75);
    expect(meanWordConfidence([])).toBe(0);
  });
});
