/**
 * Whether a scanned PDF released in part can keep its page images, and with which boxes: the
 * input the layout needs (PacketItem.scanned) from the record, its redactions and the words OCR
 * kept for its pages. Pure: the packet handler reads the index and the file, this decides.
 *
 * It says yes only when every character of every body redaction lies under an OCR word whose
 * place on the page is known in points and pixels. Anything less (a redaction on a page with a
 * text layer, words OCR did not return, a page drawn at an unknown scale) gives null, and the
 * record is drawn from its text with its redactions burned in as before: the packet loses the
 * page image but never shows what was redacted.
 */
import type { RecordDetail } from '../../../shared/model/record.js';
import type { Redaction } from '../../../shared/model/review.js';
import type { OcrPageWords } from '../index/record-index.js';
import type { PixelBox, PointBox } from '../ocr/ocr-result.js';
import type { ScanBox, ScannedPage, ScannedRelease } from './packet-input.js';
import { exemptionLabel } from './redacted-runs.js';
import { alignOcrWords, redactionBoxes, type RedactionWordBox } from './redaction-word-boxes.js';

type PlacedWord = RedactionWordBox & { pointBox: PointBox };

function union<T extends PixelBox | PointBox>(a: T, b: T): T {
  return { ...a, x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/**
 * True when `next` continues `box`'s line: they overlap by half the lower one's height, and the
 * gap between them is no wider than a line is high (a word space, not a column gutter).
 */
function sameLine(box: PixelBox, next: PixelBox): boolean {
  const overlap = Math.min(box.y1, next.y1) - Math.max(box.y0, next.y0);
  const height = Math.min(box.y1 - box.y0, next.y1 - next.y0);
  const gap = next.x0 - box.x1;
  return overlap >= height / 2 && gap >= -height && gap <= Math.max(box.y1 - box.y0, next.y1 - next.y0);
}

/** One redaction's word boxes on one page, adjacent words of a line merged into one box (the spaces between them hidden too). */
export function lineBoxes(words: readonly PlacedWord[], label: string): ScanBox[] {
  const boxes: ScanBox[] = [];
  for (const word of words) {
    const last = boxes[boxes.length - 1];
    if (last !== undefined && sameLine(last.pixel, word.bbox)) {
      last.pixel = union(last.pixel, word.bbox);
      last.point = union(last.point, word.pointBox);
    } else {
      boxes.push({ pixel: { ...word.bbox }, point: { ...word.pointBox }, label });
    }
  }
  return boxes;
}

/**
 * The scanned release of `record` (a PDF of `pageCount` pages) with `redactions` (its spans to
 * burn in), or null when it cannot keep its images (see the file comment). `ocrPages` are the
 * pages OCR read (RecordIndex.ocrPages).
 */
export function scannedRelease(record: RecordDetail, redactions: readonly Redaction[], ocrPages: readonly OcrPageWords[], pageCount: number): ScannedRelease | null {
  const document = record.document;
  const ocrFacts = new Set((document?.ocr?.pages ?? []).map((fact) => fact.page));
  const body = redactions.filter((redaction) => redaction.field === 'body');
  if (document === null || document.format !== 'pdf' || ocrFacts.size === 0 || body.length === 0) {
    return null;
  }
  // Only pages whose text in the body is OCR's: their words are what the body says there.
  const pages = ocrPages.filter((page) => ocrFacts.has(page.page) && page.page <= pageCount);
  const byPage = new Map(pages.map((page) => [page.page, page]));
  const aligned = alignOcrWords(record.body, document.pageStarts, pages);

  const boxesByPage = new Map<number, ScanBox[]>();
  for (const redaction of body) {
    const found = redactionBoxes(record.body, aligned, redaction);
    if (found.uncovered > 0 || found.boxes.length === 0) {
      return null;
    }
    const placed: PlacedWord[] = [];
    for (const box of found.boxes) {
      if (box.pointBox === undefined || byPage.get(box.page)?.dpi == null) {
        return null;
      }
      placed.push({ ...box, pointBox: box.pointBox });
    }
    const label = exemptionLabel(redaction.exemptions);
    for (const page of new Set(placed.map((word) => word.page))) {
      const list = boxesByPage.get(page) ?? [];
      list.push(...lineBoxes(placed.filter((word) => word.page === page), label));
      boxesByPage.set(page, list);
    }
  }

  const scannedPages: ScannedPage[] = [];
  for (const [number, boxes] of [...boxesByPage.entries()].sort((a, b) => a[0] - b[0])) {
    const page = byPage.get(number);
    if (page === undefined || page.dpi === null) {
      return null;
    }
    const pointsPerPixel = 72 / page.dpi;
    scannedPages.push({
      page: number,
      widthPt: page.widthPx * pointsPerPixel,
      heightPt: page.heightPx * pointsPerPixel,
      widthPx: page.widthPx,
      heightPx: page.heightPx,
      boxes,
    });
  }
  return { pageCount, pages: scannedPages };
}
