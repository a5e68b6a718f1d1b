/**
 * Where a search hits the pages OCR read: the boxes of the hit words on one page, as fractions
 * of the page (so they lie right over an image of any size), and which of the record's pages
 * the search hits at all. Pure: the words come from the index (`ocrPages`), the terms from the
 * query (query-body-terms.ts), and the matching is the index's own (term-word-hits.ts).
 */
import type { PageHighlight } from '../../../shared/model/page-image.js';
import type { BodyTerm } from '../../../shared/query/query-body-terms.js';
import { termWordHits } from '../../../shared/query/term-word-hits.js';
import type { OcrPageWords } from '../index/record-index.js';

export type PageHits = { highlights: PageHighlight[]; hitPages: number[] };

const round = (value: number): number => Math.round(value * 1e5) / 1e5;

function fraction(value: number, whole: number): number {
  return whole > 0 ? round(Math.min(1, Math.max(0, value / whole))) : 0;
}

/** The hit words' boxes on `page`, and every page of `pages` with a hit. */
export function pageHighlights(pages: readonly Pick<OcrPageWords, 'page' | 'words' | 'widthPx' | 'heightPx'>[], terms: readonly BodyTerm[], page: number): PageHits {
  const highlights: PageHighlight[] = [];
  const hitPages: number[] = [];
  if (terms.length === 0) {
    return { highlights, hitPages };
  }
  for (const entry of pages) {
    const hits = termWordHits(
      entry.words.map((word) => word.text),
      terms,
    );
    if (hits.length === 0) {
      continue;
    }
    hitPages.push(entry.page);
    if (entry.page !== page) {
      continue;
    }
    for (const index of hits) {
      const box = entry.words[index]?.bbox;
      if (box !== undefined) {
        const left = fraction(box.x0, entry.widthPx);
        const top = fraction(box.y0, entry.heightPx);
        highlights.push({ left, top, width: round(fraction(box.x1, entry.widthPx) - left), height: round(fraction(box.y1, entry.heightPx) - top) });
      }
    }
  }
  return { highlights, hitPages: [...new Set(hitPages)].sort((left, right) => left - right) };
}
