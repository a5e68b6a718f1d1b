import { describe, expect, it } from 'vitest';
import { childLine, custodiansText, documentLines, locationOwner, locationsHeading, pageRanges, threadNote } from '../../../../renderer/state/record-view.js';
import { location, summary } from './fixtures.js';

describe('record view', () => {
  it('counts the places copies were found', () => {
    expect(locationsHeading(1)).toBe('Found in 1 place');
    expect(locationsHeading(3)).toBe('Found in 3 places');
  });

  it('lists every custodian holding a copy', () => {
    expect(custodiansText(summary('r_00000001', { custodians: ['Pat Doe', 'Sam Roe'] }))).toBe('Pat Doe, Sam Roe');
    expect(custodiansText(summary('r_00000001', { custodian: 'Pat Doe', custodians: [] }))).toBe('Pat Doe');
  });

  it('names a copy’s owner and folder', () => {
    expect(locationOwner(location({ custodian: 'Pat Doe', folder: 'Inbox/Projects' }))).toBe('Pat Doe · Inbox/Projects');
    expect(locationOwner(location({ custodian: 'Pat Doe', folder: '' }))).toBe('Pat Doe');
    expect(locationOwner(location({ custodian: '', folder: '' }))).toBe('Unknown custodian');
  });

  it('says when a reply’s parent is missing from the collection, and on what basis', () => {
    expect(threadNote({ threadParent: 'none', threadBasis: 'none' })).toBeNull();
    expect(threadNote({ threadParent: 'missing', threadBasis: 'headers' })).toBe('Reply — parent message not in the collection');
    expect(threadNote({ threadParent: 'missing', threadBasis: 'subject' })).toBe('Reply — parent message not in the collection (by subject)');
    expect(threadNote({ threadParent: 'present', threadBasis: 'headers' })).toBe('Reply to a message in the collection');
  });

  it('describes children: attachments by file, type and size; attached emails by subject', () => {
    const pdf = summary('r_0000000a', { kind: 'attachment', title: 'budget.pdf' });
    expect(childLine(pdf, { filename: 'budget.pdf', mimeType: 'application/pdf', sizeBytes: 2048 })).toEqual({ name: 'budget.pdf', detail: 'application/pdf · 2.0 KB' });
    // Before the family facts arrive, the summary's title and kind stand in.
    expect(childLine(pdf, undefined)).toEqual({ name: 'budget.pdf', detail: 'Attachment' });
    const forwarded = summary('r_0000000b', { kind: 'email', title: 'Fwd: schedule', childCount: 2 });
    expect(childLine(forwarded, { filename: 'schedule.eml', mimeType: 'message/rfc822', sizeBytes: 100 })).toEqual({
      name: 'Fwd: schedule',
      detail: 'Attached email · 100 bytes · 2 parts inside',
    });
  });
});

describe('document facts in words', () => {
  const facts = {
    format: 'pdf', title: 'Vehicle inspection', author: '', created: null, modified: '2015-09-19T13:00:22Z', fileModified: null,
    application: 'Canon', encoding: '', pageCount: 4, pageStarts: [0, 10, 10, 20], pagesNeedingOcr: [1, 2, 3, 5],
  };

  it('lists format and pages, own dates, and the pages that need OCR as ranges', () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(documentLines(facts)).toEqual([
      { label: 'Document', value: 'PDF · 4 pages · Canon' },
      { label: 'Title', value: 'Vehicle inspection' },
      { label: 'Dates', value: 'modified 2015-09-19T13:00:22Z' },
      { label: 'Needs OCR', value: 'page 1–3, 5: no text layer, not searchable yet', warn: true },
    ]);
  });

  it('says which pages OCR read, with their mean confidence, and warns when it is low', () => {
    const read = { ...facts, pagesNeedingOcr: [5], ocr: { pages: [{ page: 2, meanConfidence: 90, lang: 'eng', replacedText: false }, { page: 3, meanConfidence: 84, lang: 'eng', replacedText: true }] } };
    expect(documentLines(read).at(-1)).toEqual({ label: 'OCR', value: "Text of pages 2–3 read by OCR (mean confidence 87%); OCR replaced the file's own text on page 3" });
    const poor = { ...facts, ocr: { pages: [{ page: 1, meanConfidence: 41, lang: 'fra', replacedText: false }] } };
    expect(documentLines(poor).at(-1)).toEqual({ label: 'OCR', value: 'Text of page 1 read by OCR (mean confidence 41%)', warn: true });
  });

  it('counts a presentation in slides', () => {
    const deck = { ...facts, format: 'pptx', pageCount: 12, pageStarts: [], pagesNeedingOcr: [], application: 'Microsoft Office PowerPoint' };
    expect(documentLines(deck)[0]).toEqual({ label: 'Document', value: 'PPTX · 12 slides · Microsoft Office PowerPoint' });
    expect(documentLines({ ...deck, format: 'odp', pageCount: 1, application: '' })[0]).toEqual({ label: 'Document', value: 'ODP · 1 slide' });
  });

  it('names an encoding only when the text was not UTF-8', () => {
    const text = { ...facts, format: 'text', pageCount: null, pagesNeedingOcr: [], title: '', modified: null };
    expect(documentLines({ ...text, encoding: 'ibm866' })).toContainEqual({ label: 'Read as', value: 'ibm866' });
    expect(documentLines({ ...text, encoding: 'utf-8' }).map((line) => line.label)).toEqual(['Document']);
  });
});
