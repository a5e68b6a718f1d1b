/**
 * The leak check: can anything redacted, or any text of a record that is not released, be read
 * in the packet as a recipient gets it? Pure: it works on what verify-readback.ts and
 * verify-raw-strings.ts read, and on the expectations.
 *
 * Three rules, because a redacted name is often also printed on purpose somewhere else:
 *
 * 1. On the record's own pages, a hidden string may occur as often as it occurs in the record's
 *    text as released (`visibleText`, plus `repeatedText` on each page after the first), and no
 *    more: a name redacted in the body but left in From is not a leak; the same name printed one
 *    time more than that is.
 * 2. On pages of no record (cover letter, index, withholding log, gap appendix) and outside the
 *    pages (document properties, XMP, bookmarks, annotations, any other object in the file), a
 *    hidden string is a leak unless the packet prints it on purpose there (`publicText`: titles
 *    and senders as released, the request, the cover letter).
 * 3. A hidden string shorter than MIN_COUNTED_LENGTH characters ("42", "J.") occurs by chance in
 *    any page, so rules 1 and 2 skip it; a property, bookmark or annotation value that is exactly
 *    that string is still reported.
 *
 * Not checked: a hidden string on another record's pages (names recur across records), and text
 * drawn as images (a copied page is released in full; see the pixel checks in the tests).
 */
import { onPage, pageLabel, pagesOfRecord, type HiddenText, type PacketExpectations, type VerifyProblem } from './verify-expectations.js';
import type { OutsidePlace, OutsideString } from './verify-readback.js';
import { containsWords, countOccurrences, foldForMatch, foldKeepingSpaces, MIN_COUNTED_LENGTH, quoteForMessage } from './verify-text-match.js';

type FoldedOutside = OutsideString & { folded: string; spaced: string };

type Context = {
  expectations: PacketExpectations;
  foldedPages: string[];
  /** The same pages folded with their spaces kept, for whole-word matching (rule 2). */
  spacedPages: string[];
  recordPages: Map<string, number[]>;
  sharedPages: number[];
  spacedPublic: string;
  outside: FoldedOutside[];
  /** Folded once: every hidden string of a record shares its visible text, and its pages' text. */
  folded: Map<string, string>;
  recordText: Map<string, string>;
};

function foldedOnce(context: Context, text: string): string {
  let folded = context.folded.get(text);
  if (folded === undefined) {
    folded = foldForMatch(text);
    context.folded.set(text, folded);
  }
  return folded;
}

function leak(hidden: HiddenText, message: string, extra: Partial<VerifyProblem> = {}): VerifyProblem {
  return { kind: 'redaction-leak', message, recordId: hidden.recordId, ...extra };
}

function what(hidden: HiddenText): string {
  return `the redacted text “${quoteForMessage(hidden.hidden)}”`;
}

/** Rule 1: no more occurrences on the record's pages than the released text has. */
function checkRecordPages(hidden: HiddenText, folded: string, context: Context): VerifyProblem[] {
  const pages = context.recordPages.get(hidden.recordId) ?? [];
  if (pages.length === 0) {
    // The record has no page: verify-structure.ts reports it.
    return [];
  }
  const perPage = pages.map((index) => countOccurrences(context.foldedPages[index] ?? '', folded));
  // Joined too, so that a string broken across a page end is found.
  let joined = context.recordText.get(hidden.recordId);
  if (joined === undefined) {
    joined = pages.map((index) => context.foldedPages[index] ?? '').join('');
    context.recordText.set(hidden.recordId, joined);
  }
  const found = Math.max(
    perPage.reduce((sum, count) => sum + count, 0),
    countOccurrences(joined, folded),
  );
  const allowed =
    countOccurrences(foldedOnce(context, hidden.visibleText), folded) + (pages.length - 1) * countOccurrences(foldedOnce(context, hidden.repeatedText ?? ''), folded);
  if (found <= allowed) {
    return [];
  }
  const first = pages[Math.max(0, perPage.findIndex((count) => count > 0))] ?? pages[0] ?? 0;
  const expected = allowed === 0 ? 'it should not appear there at all' : `it is released there only ${allowed === 1 ? 'once' : `${allowed} times`}`;
  return [
    leak(hidden, `${pageLabel(context.expectations.pages, first)} (record ${hidden.recordId}): ${what(hidden)} can be read in the packet (${found === 1 ? 'once' : `${found} times`} on the record's pages; ${expected})`, onPage(context.expectations.pages, first)),
  ];
}

/**
 * Rule 2 for pages of no record. Matched as whole words: any occurrence here is a leak, so "here"
 * must not be found inside "where", nor "there" across "the records".
 */
function checkSharedPages(hidden: HiddenText, spaced: string, context: Context): VerifyProblem[] {
  if (containsWords(context.spacedPublic, spaced)) {
    return [];
  }
  const index = context.sharedPages.find((page) => containsWords(context.spacedPages[page] ?? '', spaced));
  if (index === undefined) {
    return [];
  }
  return [
    leak(hidden, `${pageLabel(context.expectations.pages, index)} (not a page of record ${hidden.recordId}): ${what(hidden)} of record ${hidden.recordId} can be read in the packet`, onPage(context.expectations.pages, index)),
  ];
}

function outsideMessage(hidden: HiddenText, found: FoldedOutside, context: Context): VerifyProblem {
  const pageIndex = found.pageIndex;
  const where = pageIndex === undefined ? found.where : `${pageLabel(context.expectations.pages, pageIndex)}, ${found.where.charAt(0).toLowerCase()}${found.where.slice(1)}`;
  return leak(hidden, `${where}: ${what(hidden)} of record ${hidden.recordId} can be read in the packet`, pageIndex === undefined ? {} : onPage(context.expectations.pages, pageIndex));
}

/**
 * Rules 2 and 3 outside the pages: at most one problem per place, and objects found only by
 * parsing the file are reported only when no viewer-visible place already was.
 */
function checkOutside(hidden: HiddenText, folded: string, spaced: string, context: Context): VerifyProblem[] {
  const counted = folded.length >= MIN_COUNTED_LENGTH;
  if (counted && containsWords(context.spacedPublic, spaced)) {
    return [];
  }
  const byPlace = new Map<OutsidePlace, FoldedOutside>();
  for (const found of context.outside) {
    if (byPlace.has(found.place)) {
      continue;
    }
    if (counted ? containsWords(found.spaced, spaced) : found.folded === folded) {
      byPlace.set(found.place, found);
    }
  }
  if (byPlace.size > 1) {
    byPlace.delete('pdf-object');
  }
  return [...byPlace.values()].map((found) => outsideMessage(hidden, found, context));
}

const PAGE_FOOTER = /Page \d+ of \d+/g;

/**
 * A page's text without its own stamps (its planned Bates number, "Page N of M"): a redacted
 * number that happens to equal a page number or Bates suffix must not count as shown.
 */
function unstampedPageText(text: string, bates: string | undefined): string {
  return (bates === undefined || bates === '' ? text : text.split(bates).join('\n')).replace(PAGE_FOOTER, '\n');
}

/** The hidden strings worth checking: folded, and each (record, string) once. */
function distinctHidden(expectations: PacketExpectations): Array<{ hidden: HiddenText; folded: string; spaced: string }> {
  const seen = new Set<string>();
  const distinct: Array<{ hidden: HiddenText; folded: string; spaced: string }> = [];
  for (const hidden of expectations.redactions) {
    const folded = foldForMatch(hidden.hidden);
    const key = `${hidden.recordId}\u0000${folded}`;
    // The same string redacted twice in one record gives the same answer: check it once.
    if (folded !== '' && !seen.has(key)) {
      seen.add(key);
      distinct.push({ hidden, folded, spaced: foldKeepingSpaces(hidden.hidden) });
    }
  }
  return distinct;
}

function contextFor(pageTexts: readonly string[], outside: readonly OutsideString[], expectations: PacketExpectations): Context {
  const pages = expectations.pages;
  return {
    expectations,
    foldedPages: pageTexts.map((text, index) => foldForMatch(unstampedPageText(text, pages[index]?.bates))),
    spacedPages: pageTexts.map((text, index) => foldKeepingSpaces(unstampedPageText(text, pages[index]?.bates))),
    recordPages: pagesOfRecord(pages),
    sharedPages: pages.flatMap((page, index) => (page.recordId === null && (page.recordIds ?? []).length === 0 ? [index] : [])),
    spacedPublic: foldKeepingSpaces(expectations.publicText),
    outside: outside.map((found) => ({ ...found, folded: foldForMatch(found.text), spaced: foldKeepingSpaces(found.text) })).filter((found) => found.folded !== ''),
    folded: new Map(),
    recordText: new Map(),
  };
}

/**
 * Every leak of `expectations.redactions` in the packet's page texts (`pageTexts`, as read back)
 * and in the strings found outside its pages.
 */
export function findRedactionLeaks(pageTexts: readonly string[], outside: readonly OutsideString[], expectations: PacketExpectations): VerifyProblem[] {
  const context = contextFor(pageTexts, outside, expectations);
  const problems: VerifyProblem[] = [];
  for (const { hidden, folded, spaced } of distinctHidden(expectations)) {
    if (folded.length >= MIN_COUNTED_LENGTH) {
      problems.push(...checkRecordPages(hidden, folded, context), ...checkSharedPages(hidden, spaced, context));
    }
    problems.push(...checkOutside(hidden, folded, spaced, context));
  }
  return problems;
}

/** Rules 2 and 3 only: leaks in strings that are not on any page (a load file's fields). */
export function findOutsideLeaks(outside: readonly OutsideString[], expectations: PacketExpectations): VerifyProblem[] {
  const context = contextFor([], outside, expectations);
  return distinctHidden(expectations).flatMap(({ hidden, folded, spaced }) => checkOutside(hidden, folded, spaced, context));
}
