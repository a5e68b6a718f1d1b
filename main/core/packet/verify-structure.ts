/**
 * The packet's structure, checked against its plan: as many pages as planned, an unbroken Bates
 * sequence with each page carrying its own number, every responsive record present (nothing
 * silently dropped) and no record present that is not responsive. Pure.
 */
import { formatBates } from '../../../shared/bates.js';
import { onPage, pageLabel, pagesOfRecord, type PacketExpectations, type VerifyProblem } from './verify-expectations.js';

/** "1,000": page counts in messages. */
function count(value: number): string {
  return value.toLocaleString('en-US');
}

function range(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

export function checkPageCount(pagesRead: number, expectations: PacketExpectations): VerifyProblem[] {
  const planned = expectations.pages.length;
  if (pagesRead === planned) {
    return [];
  }
  const which = pagesRead < planned ? 'pages are missing' : 'there are pages that were not planned';
  return [{ kind: 'page-count', message: `The packet has ${count(pagesRead)} pages but should have ${count(planned)}: ${which}` }];
}

/** Splits "ABC000014" into "ABC", 14 and its width 6; null when it does not end in digits. */
function splitBates(bates: string): { prefix: string; number: number; width: number } | null {
  const match = /^(.*?)(\d+)$/.exec(bates);
  const digits = match?.[2] ?? '';
  const number = Number(digits);
  return match === null || !Number.isSafeInteger(number) ? null : { prefix: match[1] ?? '', number, width: digits.length };
}

/** What should follow `previous` when no scheme is known: the same prefix, the number plus one. */
function nextBates(previous: string): string | null {
  const parts = splitBates(previous);
  return parts === null ? null : `${parts.prefix}${String(parts.number + 1).padStart(parts.width, '0')}`;
}

/** True when `bates` follows `previous` (numbers compared, so ABC999 → ABC1000 follows). */
function follows(bates: string, previous: string): boolean {
  const own = splitBates(bates);
  const before = splitBates(previous);
  return own !== null && before !== null && own.prefix === before.prefix && own.number === before.number + 1;
}

/**
 * The planned numbers: with a scheme, page i must be `formatBates(scheme, i)`; without one, each
 * number must end in digits and be the previous one plus one, with the same prefix.
 */
export function checkBatesSequence(expectations: PacketExpectations): VerifyProblem[] {
  const { pages, bates: scheme } = expectations;
  const problems: VerifyProblem[] = [];
  const report = (index: number, bates: string, should: string): void => {
    problems.push({
      kind: 'bates',
      message: `Page ${index + 1} is numbered ${bates || '(nothing)'} but should be ${should}: the Bates numbers have a gap, a repeat or a wrong prefix`,
      ...onPage(pages, index),
    });
  };
  pages.forEach((page, index) => {
    if (scheme !== undefined) {
      const expected = formatBates(scheme, index);
      if (page.bates !== expected) {
        report(index, page.bates, expected);
      }
      return;
    }
    const previous = pages[index - 1]?.bates;
    if (splitBates(page.bates) === null) {
      report(index, page.bates, 'a number that ends in digits');
    } else if (previous !== undefined && splitBates(previous) !== null && !follows(page.bates, previous)) {
      report(index, page.bates, nextBates(previous) ?? '');
    }
  });
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each page's text must show its planned Bates number, not followed by another digit. */
export function checkBatesOnPages(pageTexts: readonly string[], expectations: PacketExpectations): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  expectations.pages.forEach((page, index) => {
    const text = pageTexts[index];
    if (text === undefined) {
      // Missing pages: checkPageCount reports them.
      return;
    }
    const shown = new RegExp(`${escapeRegExp(page.bates)}(?!\\d)`).test(text.normalize('NFKC'));
    if (!shown) {
      problems.push({ kind: 'bates', message: `Page ${index + 1} should carry Bates number ${page.bates}, but that number cannot be read on it`, ...onPage(expectations.pages, index) });
    }
  });
  return problems;
}

/**
 * Records: every responsive record is in the index and has pages within its listed Bates range;
 * no record in the index or on a page is one that was not coded responsive.
 */
export function checkRecords(expectations: PacketExpectations): VerifyProblem[] {
  const { pages, entries } = expectations;
  const problems: VerifyProblem[] = [];
  const responsive = new Set(expectations.responsiveRecordIds);
  const listed = new Set(entries.map((entry) => entry.recordId));
  for (const recordId of responsive) {
    if (!listed.has(recordId)) {
      problems.push({ kind: 'record-missing', message: `Record ${recordId} is coded responsive but is not in the packet`, recordId });
    }
  }
  const byRecord = pagesOfRecord(pages);
  const positionOf = new Map(pages.map((page, index) => [page.bates, index]));
  const reportedExtra = new Set<string>();
  for (const entry of entries) {
    const where = range(entry.batesFirst, entry.batesLast);
    if (!responsive.has(entry.recordId)) {
      reportedExtra.add(entry.recordId);
      problems.push({ kind: 'record-not-responsive', message: `Record ${entry.recordId} is in the packet (${where}) but is not coded responsive to this request`, recordId: entry.recordId });
    }
    const shownOn = byRecord.get(entry.recordId) ?? [];
    const first = positionOf.get(entry.batesFirst);
    const last = positionOf.get(entry.batesLast);
    if (shownOn.length === 0) {
      problems.push({ kind: 'record-missing', message: `Record ${entry.recordId} is listed in the index at ${where} but no page of the packet shows it`, recordId: entry.recordId });
    } else if (first === undefined || last === undefined || shownOn.some((index) => index < first || index > last)) {
      const actual = range(pages[shownOn[0] ?? 0]?.bates ?? '', pages[shownOn.at(-1) ?? 0]?.bates ?? '');
      problems.push({ kind: 'bates', message: `Record ${entry.recordId} is listed in the index at ${where} but its pages are ${actual}`, recordId: entry.recordId });
    }
  }
  for (const [recordId, shownOn] of byRecord) {
    if (!responsive.has(recordId) && !reportedExtra.has(recordId)) {
      const first = shownOn[0] ?? 0;
      problems.push({ kind: 'record-not-responsive', message: `${pageLabel(pages, first)} shows record ${recordId}, which is not coded responsive to this request`, recordId, ...onPage(pages, first) });
    }
  }
  return problems;
}
