import { describe, expect, it } from 'vitest';
import { ocrVerdict } from '../../../../../../main/core/documents/pdf/extract-pdf.js';

describe('ocrVerdict', () => {
  it('flags images under little or no text', () => {
    expect(ocrVerdict(0, { images: 1, paths: 0, placements: 1 })).toBe('no text layer, needs OCR');
    expect(ocrVerdict(12, { images: 2, paths: 5, placements: 3 })).toBe('only 12 characters of text over an image, needs OCR');
  });

  it('flags text drawn as outlines, and a placed image that was too large to decode', () => {
    expect(ocrVerdict(0, { images: 0, paths: 500, placements: 4 })).toMatch(/outlines/);
    expect(ocrVerdict(0, { images: 0, paths: 0, placements: 1 })).toMatch(/too large to check/);
    expect(ocrVerdict(0, null)).toMatch(/could not be read/);
  });

  it('leaves blank pages, short texts and simple drawings alone', () => {
    expect(ocrVerdict(0, { images: 0, paths: 0, placements: 0 })).toBeNull();
    expect(ocrVerdict(0, { images: 0, paths: 12, placements: 2 })).toBeNull();
    expect(ocrVerdict(30, { images: 0, paths: 0, placements: 1 })).toBeNull();
    expect(ocrVerdict(30, null)).toBeNull();
  });
});
