/**
 * How a record's places, family and thread read in the viewer and the result list. A message
 * found in several folders or custodians' mailboxes is one record with every copy listed, and
 * a reply whose parent is not in the collection is evidence for the gap register, so these
 * words are chosen to be exact rather than short.
 */
import { assertNever } from '../../shared/errors.js';
import { LOW_OCR_CONFIDENCE } from '../../shared/model/ocr.js';
import type { DocumentFacts, RecordDetail, RecordLocation, RecordSummary } from '../../shared/model/record.js';
import { formatBytes, formatCount, kindLabel } from '../components/format.js';
import type { ChildFacts } from './record-family.js';

/** "Found in 1 place", "Found in 3 places". */
export function locationsHeading(count: number): string {
  return `Found in ${formatCount(count, 'place')}`;
}

/** Every custodian whose collection holds a copy, in the backend's order; the first copy's when the list is empty. */
export function custodiansText(summary: Pick<RecordSummary, 'custodian' | 'custodians'>): string {
  const all = summary.custodians.filter((name) => name.length > 0);
  return all.length > 0 ? all.join(', ') : summary.custodian;
}

/** One copy's place in words: custodian, then mail folder when there is one. */
export function locationOwner(location: Pick<RecordLocation, 'custodian' | 'folder'>): string {
  const folder = location.folder.length > 0 ? ` · ${location.folder}` : '';
  return `${location.custodian || 'Unknown custodian'}${folder}`;
}

/**
 * The thread line: null for a record that is not a reply. A reply whose parent is missing is
 * said outright; "(by subject)" marks placements that rest only on a "Re:" subject.
 */
export function threadNote(record: Pick<RecordDetail, 'threadParent' | 'threadBasis'>): string | null {
  const basis = record.threadBasis === 'subject' ? ' (by subject)' : '';
  switch (record.threadParent) {
    case 'none':
      return null;
    case 'present':
      return `Reply to a message in the collection${basis}`;
    case 'missing':
      return `Reply — parent message not in the collection${basis}`;
    default:
      return assertNever(record.threadParent, 'thread parent');
  }
}

/** "invoice.pdf" and "application/pdf · 12 KB" for an attachment; an attached email's subject and "Attached email". */
export function childLine(child: Pick<RecordSummary, 'kind' | 'title' | 'childCount'>, facts: ChildFacts | undefined): { name: string; detail: string } {
  const name = (child.kind === 'email' ? child.title : facts?.filename || child.title) || '(untitled)';
  const type = child.kind === 'email' ? 'Attached email' : facts?.mimeType || kindLabel(child.kind);
  const parts = [type, facts ? formatBytes(facts.sizeBytes) : '', child.childCount > 0 ? `${formatCount(child.childCount, 'part')} inside` : ''];
  return { name, detail: parts.filter(Boolean).join(' · ') };
}

/** "1–3, 7": page numbers as ranges. */
export function pageRanges(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < pages.length; index += 1) {
    const start = pages[index] ?? 0;
    let end = start;
    while (pages[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? String(start) : `${start}–${end}`);
  }
  return parts.join(', ');
}

/** Formats whose count is of slides, not pages (a presentation's pageCount is its slide count). */
const SLIDE_FORMATS = new Set(['pptx', 'odp']);

/**
 * What a document says about itself, in one line each: format and pages, author, its own dates
 * beside the file's, the encoding a text was read in, and the pages that need OCR before search
 * can see them. Empty facts are left out.
 */
export function documentLines(document: DocumentFacts): Array<{ label: string; value: string; warn?: boolean }> {
  const lines: Array<{ label: string; value: string; warn?: boolean }> = [];
  const unit = SLIDE_FORMATS.has(document.format) ? 'slide' : 'page';
  const pages = document.pageCount === null ? '' : ` · ${formatCount(document.pageCount, unit)}`;
  lines.push({ label: 'Document', value: `${document.format.toUpperCase()}${pages}${document.application ? ` · ${document.application}` : ''}` });
  if (document.title) {
    lines.push({ label: 'Title', value: document.title });
  }
  if (document.author) {
    lines.push({ label: 'Author', value: document.author });
  }
  const dates = [document.created ? `created ${document.created}` : '', document.modified ? `modified ${document.modified}` : '', document.fileModified ? `file modified ${document.fileModified}` : ''];
  if (dates.some(Boolean)) {
    lines.push({ label: 'Dates', value: dates.filter(Boolean).join(' · ') });
  }
  if (document.encoding && document.encoding !== 'utf-8') {
    lines.push({ label: 'Read as', value: document.encoding });
  }
  if (document.pagesNeedingOcr.length > 0) {
    lines.push({ label: 'Needs OCR', value: `page ${pageRanges(document.pagesNeedingOcr)}: no text layer, not searchable yet`, warn: true });
  }
  const ocr = ocrLine(document);
  if (ocr !== null) {
    lines.push(ocr);
  }
  return lines;
}

/**
 * Which pages' text OCR read, with their mean confidence (the pages' average), e.g. "Text of
 * pages 2–3 read by OCR (mean confidence 87%)"; a warning below LOW_OCR_CONFIDENCE. Null when
 * no page was read by OCR.
 */
export function ocrLine(document: DocumentFacts): { label: string; value: string; warn?: boolean } | null {
  const pages = document.ocr?.pages ?? [];
  if (pages.length === 0) {
    return null;
  }
  const mean = pages.reduce((sum, page) => sum + page.meanConfidence, 0) / pages.length;
  const numbers = pages.map((page) => page.page);
  const replaced = pages.filter((page) => page.replacedText).map((page) => page.page);
  const value = [
    `Text of ${numbers.length === 1 ? 'page' : 'pages'} ${pageRanges(numbers)} read by OCR (mean confidence ${Math.round(mean)}%)`,
    replaced.length > 0 ? `; OCR replaced the file's own text on ${replaced.length === 1 ? 'page' : 'pages'} ${pageRanges(replaced)}` : '',
  ].join('');
  return mean < LOW_OCR_CONFIDENCE ? { label: 'OCR', value, warn: true } : { label: 'OCR', value };
}
