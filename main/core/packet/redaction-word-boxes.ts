/**
 * Where a redaction of a scanned page's text lies on the page image: the boxes of the OCR words
 * it covers. A redaction is a span of the record's body; the body holds each OCR'd page's text at
 * `document.pageStarts` (merge-ocr-text.ts), and OCR kept each word with its box (ocr_pages). So
 * each OCR page's words are aligned to their offsets in that page's text, and a span is mapped to
 * the words it overlaps. Pure.
 *
 * Alignment is sequential: Tesseract's words come in the order of its text, separated there by
 * spaces, line breaks and blank lines. A word is expected after the white space that follows the
 * previous one; if it is not there, it is looked for a little further on, and the characters
 * skipped belong to no word. Such characters, and any other part of a span that no word covers
 * (a page without OCR words, text outside the OCR'd pages), are counted in `uncovered`: the
 * caller cannot burn that part into an image and must not pretend it did.
 */
import { splitPages } from '../ocr/merge-ocr-text.js';
import type { OcrWord, PixelBox, PointBox } from '../ocr/ocr-result.js';

/** An OCR page as the mapping needs it (RecordIndex.ocrPages gives these). */
export type OcrWordsPage = { page: number; words: readonly OcrWord[] };

/** One word's place: its page, its offsets in the body (end exclusive) and its boxes. */
export type AlignedWord = { page: number; start: number; end: number; bbox: PixelBox; pointBox?: PointBox };

/** A word box a redaction covers, on page `page` (1-based). */
export type RedactionWordBox = { page: number; bbox: PixelBox; pointBox?: PointBox };

export type RedactionBoxes = {
  /** The boxes of every word that overlaps the span, in page and word order. */
  boxes: RedactionWordBox[];
  /** Non-white-space characters of the span that lie under no word: 0 when the boxes hide it all. */
  uncovered: number;
};

/** How far past the expected place a word is looked for before it is given up as not in the text. */
const MAX_SKIP = 64;

function isSpace(char: string): boolean {
  return /\s/u.test(char);
}

/**
 * Each word of each page with its offsets in `body`, for the pages the body holds. Words that
 * cannot be found in their page's text are left out (their characters stay uncovered).
 */
export function alignOcrWords(body: string, pageStarts: readonly number[], pages: readonly OcrWordsPage[]): AlignedWord[] {
  const { pages: texts } = splitPages(body, pageStarts);
  const aligned: AlignedWord[] = [];
  for (const page of [...pages].sort((a, b) => a.page - b.page)) {
    const text = texts[page.page - 1];
    const offset = pageStarts.length === 0 ? 0 : pageStarts[page.page - 1];
    if (text === undefined || offset === undefined) {
      continue;
    }
    let cursor = 0;
    for (const word of page.words) {
      const wanted = word.text.trim();
      if (wanted === '') {
        continue;
      }
      let at = cursor;
      while (at < text.length && isSpace(text[at] ?? '')) {
        at += 1;
      }
      if (!text.startsWith(wanted, at)) {
        const found = text.indexOf(wanted, cursor);
        if (found === -1 || found - cursor > MAX_SKIP) {
          continue;
        }
        at = found;
      }
      cursor = at + wanted.length;
      aligned.push({
        page: page.page,
        start: offset + at,
        end: offset + cursor,
        bbox: word.bbox,
        ...(word.pointBox === undefined ? {} : { pointBox: word.pointBox }),
      });
    }
  }
  return aligned;
}

/**
 * The word boxes of the span `start`..`end` of the body (UTF-16 offsets, end exclusive).
 *
 * A word the span only partly covers is redacted whole: the image cannot be cut at a character
 * boundary we know, and hiding more than asked is safe where hiding less is not.
 */
export function redactionBoxes(body: string, words: readonly AlignedWord[], span: { start: number; end: number }): RedactionBoxes {
  const start = Math.max(0, span.start);
  const end = Math.min(body.length, span.end);
  const hit = words.filter((word) => word.start < end && word.end > start);
  const covered = new Uint8Array(Math.max(0, end - start));
  for (const word of hit) {
    covered.fill(1, Math.max(0, word.start - start), Math.min(covered.length, word.end - start));
  }
  let uncovered = 0;
  for (let at = start; at < end; at += 1) {
    if (covered[at - start] === 0 && !isSpace(body[at] ?? ' ')) {
      uncovered += 1;
    }
  }
  return {
    boxes: hit.map((word) => ({ page: word.page, bbox: word.bbox, ...(word.pointBox === undefined ? {} : { pointBox: word.pointBox }) })),
    uncovered,
  };
}
