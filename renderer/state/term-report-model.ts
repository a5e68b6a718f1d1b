/**
 * The search-term report on the Reports screen: terms typed one per line, an optional "within"
 * query, the report, and its export as CSV or PDF.
 *
 * Every line is checked with the shared query parser before anything is sent (the backend runs
 * the same parser), so the officer sees every term it cannot read at once, each next to its
 * line, instead of fixing them one round trip at a time.
 */
import { AppError } from '../../shared/errors.js';
import type { Client } from '../../shared/ipc/client.js';
import type { TermReport, WrittenReport } from '../../shared/model/search.js';
import { parseSearchQuery } from '../../shared/query/query-parser.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

/** Limits of search.termReport, checked here so the officer is told in words. */
export const MAX_TERMS = 200;
export const MAX_TERM_LENGTH = 2000;

export type ExportFormat = 'csv' | 'pdf';

/** One non-empty line of the terms box: the term (trimmed) and its 1-based line number. */
export type TermLine = { line: number; term: string };

/** What is wrong with one term; `span` is in the trimmed term, null when the whole term is meant. */
export type TermProblem = { line: number; term: string; message: string; span: { start: number; end: number } | null };

export type TermReportState = {
  termsText: string;
  within: string;
  running: boolean;
  report: TermReport | null;
  /** Problems per term, in line order; the report is not run while there are any. */
  termProblems: TermProblem[];
  withinProblem: { message: string; span: { start: number; end: number } | null } | null;
  /** Anything else that went wrong running the report. */
  error: string | null;
  exporting: ExportFormat | null;
  written: (WrittenReport & { format: ExportFormat }) | null;
  exportError: string | null;
};

export type TermReportActions = {
  setTerms(text: string): void;
  setWithin(text: string): void;
  /** Checks the terms and runs the report. Resolves with it, or null (see the problems and `error`). */
  run(): Promise<TermReport | null>;
  /** Runs the report again and writes it into the case's reports/ folder. */
  exportReport(format: ExportFormat): Promise<WrittenReport | null>;
  reset(): void;
};

export type TermReportModel = { store: ReadableStore<TermReportState>; actions: TermReportActions };

export type TermReportDeps = {
  client: Client;
  /** The request decision: terms are read in; null for every request. */
  selectedRequestId(): string | null;
};

const INITIAL: TermReportState = {
  termsText: '',
  within: '',
  running: false,
  report: null,
  termProblems: [],
  withinProblem: null,
  error: null,
  exporting: null,
  written: null,
  exportError: null,
};

/** The terms in the box: one per non-blank line, trimmed, with where each was written. */
export function termLines(text: string): TermLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, term: raw.trim() }))
    .filter((entry) => entry.term !== '');
}

/** Every term the backend would refuse, with the reason and the span to underline. */
export function findTermProblems(lines: readonly TermLine[]): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const { line, term } of lines) {
    if (term.length > MAX_TERM_LENGTH) {
      problems.push({ line, term, message: `longer than ${MAX_TERM_LENGTH} characters`, span: null });
      continue;
    }
    const parsed = parseSearchQuery(term);
    if (!parsed.ok) {
      problems.push({ line, term, message: parsed.error.message, span: parsed.error.span });
    } else if (parsed.query === null) {
      problems.push({ line, term, message: 'no words or conditions to search for', span: null });
    }
  }
  return problems;
}

/** The span in an invalid-args answer, when it carries one. */
function spanOf(error: AppError): { start: number; end: number } | null {
  const span = error.details?.['span'];
  if (typeof span === 'object' && span !== null && 'start' in span && 'end' in span) {
    const { start, end } = span as { start: unknown; end: unknown };
    if (typeof start === 'number' && typeof end === 'number') {
      return { start, end };
    }
  }
  return null;
}

type Failure = Pick<TermReportState, 'termProblems' | 'withinProblem' | 'error'>;

/**
 * Places the backend's refusal next to what it refers to: "term N" (its label) to that term's
 * line, the within query to its field, anything else as a general error.
 */
export function placeFailure(error: unknown, lines: readonly TermLine[]): Failure {
  const none: Failure = { termProblems: [], withinProblem: null, error: null };
  if (error instanceof AppError && error.code === 'invalid-args') {
    const label = error.details?.['label'];
    const termNumber = typeof label === 'string' ? /^term (\d+)/.exec(label)?.[1] : undefined;
    const entry = termNumber === undefined ? undefined : lines[Number(termNumber) - 1];
    if (entry !== undefined) {
      return { ...none, termProblems: [{ ...entry, message: error.message, span: spanOf(error) }] };
    }
    if (typeof label === 'string' && label.includes('within')) {
      return { ...none, withinProblem: { message: error.message, span: spanOf(error) } };
    }
  }
  return { ...none, error: errorMessage(error) };
}

export function createTermReportModel({ client, selectedRequestId }: TermReportDeps): TermReportModel {
  const store = createStore<TermReportState>(INITIAL);

  /** The call's arguments, or null after showing why there are none. */
  const prepare = (): { lines: TermLine[]; args: { terms: string[]; within: string; requestId: string | null } } | null => {
    const state = store.get();
    const lines = termLines(state.termsText);
    if (lines.length === 0) {
      store.set({ error: 'Write at least one term, one per line.', termProblems: [], withinProblem: null });
      return null;
    }
    if (lines.length > MAX_TERMS) {
      store.set({ error: `A report takes at most ${MAX_TERMS} terms; this list has ${lines.length}.`, termProblems: [], withinProblem: null });
      return null;
    }
    const within = state.within.trim();
    const parsedWithin = parseSearchQuery(within);
    const withinProblem = parsedWithin.ok ? null : { message: parsedWithin.error.message, span: parsedWithin.error.span };
    const termProblems = findTermProblems(lines);
    if (termProblems.length > 0 || withinProblem !== null) {
      store.set({ termProblems, withinProblem, error: null });
      return null;
    }
    store.set({ termProblems: [], withinProblem: null, error: null });
    return { lines, args: { terms: lines.map((entry) => entry.term), within, requestId: selectedRequestId() } };
  };

  return {
    store,
    actions: {
      setTerms: (termsText) => store.set({ termsText, termProblems: [], error: null }),
      setWithin: (within) => store.set({ within, withinProblem: null, error: null }),
      async run() {
        if (store.get().running || store.get().exporting !== null) {
          return null;
        }
        const prepared = prepare();
        if (prepared === null) {
          return null;
        }
        store.set({ running: true, written: null, exportError: null });
        try {
          const report = await client.call('search.termReport', prepared.args);
          store.set({ report });
          return report;
        } catch (error) {
          store.set(placeFailure(error, prepared.lines));
          return null;
        } finally {
          store.set({ running: false });
        }
      },
      async exportReport(format) {
        if (store.get().exporting !== null || store.get().running) {
          return null;
        }
        const prepared = prepare();
        if (prepared === null) {
          return null;
        }
        store.set({ exporting: format, exportError: null, written: null });
        try {
          const { report, ...written } = await client.call('search.exportTermReport', { ...prepared.args, format });
          // The export ran the report again: show the counts the file holds.
          store.set({ report, written: { ...written, format } });
          return written;
        } catch (error) {
          const failure = placeFailure(error, prepared.lines);
          store.set({ termProblems: failure.termProblems, withinProblem: failure.withinProblem, exportError: failure.error });
          return null;
        } finally {
          store.set({ exporting: null });
        }
      },
      reset: () => store.reset(),
    },
  };
}
