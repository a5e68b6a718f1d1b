import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { TermReport } from '../../../../shared/model/search.js';
import { createTermReportModel, findTermProblems, placeFailure, termLines } from '../../../../renderer/state/term-report-model.js';
import { createFakeClient, deferred } from './fake-client.js';

const REQUEST = 'q_00000001';

function report(terms: string[], overrides: Partial<TermReport> = {}): TermReport {
  return {
    within: '',
    rows: terms.map((term, index) => ({ term, hits: 10 + index, uniqueHits: index, hitsWithFamilies: 12 + index, uniqueHitsWithFamilies: index + 1 })),
    total: { hits: 30, hitsWithFamilies: 36 },
    recordsSearched: 461,
    createdAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function setup(handlers: Parameters<typeof createFakeClient>[0] = {}, requestId: string | null = REQUEST) {
  const client = createFakeClient(handlers);
  const model = createTermReportModel({ client, selectedRequestId: () => requestId });
  return { client, model };
}

describe('term report model', () => {
  it('reads one term per non-blank line, trimmed, keeping line numbers', () => {
    expect(termLines('gas\n\n  price  \r\n"rate case"\n   ')).toEqual([
      { line: 1, term: 'gas' },
      { line: 3, term: 'price' },
      { line: 4, term: '"rate case"' },
    ]);
  });

  it('finds every term the search cannot read, with its line and span', () => {
    const problems = findTermProblems(termLines('gas\nprice AND (gas\nok\nsubject:"open\nNOT'));
    expect(problems.map((problem) => problem.line)).toEqual([2, 4, 5]);
    expect(problems[0]).toMatchObject({ term: 'price AND (gas', span: { start: 10, end: 11 } });
    expect(problems[0]?.message).toMatch(/never closed/);
  });

  it('runs the report for the terms, the trimmed within query and the selected request', async () => {
    const { client, model } = setup({ 'search.termReport': (args) => report(args.terms, { within: args.within }) });
    model.actions.setTerms('gas\n\nprice\n');
    model.actions.setWithin('  date:2001  ');
    const result = await model.actions.run();
    expect(client.calls).toEqual([{ name: 'search.termReport', args: { terms: ['gas', 'price'], within: 'date:2001', requestId: REQUEST } }]);
    expect(result?.rows.map((row) => row.term)).toEqual(['gas', 'price']);
    expect(model.store.get()).toMatchObject({ running: false, report: result, termProblems: [], error: null });
  });

  it('does not call the backend while a term or the within query cannot be read, and shows every problem', async () => {
    const { client, model } = setup({ 'search.termReport': (args) => report(args.terms) });
    model.actions.setTerms('gas\nprice AND\n(oil');
    model.actions.setWithin('from:(');
    expect(await model.actions.run()).toBeNull();
    expect(client.calls).toEqual([]);
    const state = model.store.get();
    expect(state.termProblems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(state.withinProblem?.message).toMatch(/never closed/);
    // Editing clears the shown problems; fixing them lets the report run.
    model.actions.setTerms('gas\nprice AND oil');
    expect(model.store.get().termProblems).toEqual([]);
    model.actions.setWithin('');
    expect(await model.actions.run()).not.toBeNull();
  });

  it('asks for at least one term, and refuses more than the backend takes', async () => {
    const { client, model } = setup();
    model.actions.setTerms(' \n \n');
    expect(await model.actions.run()).toBeNull();
    expect(model.store.get().error).toMatch(/at least one term/);
    model.actions.setTerms(Array.from({ length: 201 }, (_, index) => `t${index}`).join('\n'));
    expect(await model.actions.run()).toBeNull();
    expect(model.store.get().error).toMatch(/at most 200/);
    expect(client.calls).toEqual([]);
  });

  it('puts a backend refusal that names a term next to that term', () => {
    const lines = termLines('gas\n\nprice');
    const error = new AppError('invalid-args', 'Query not understood (term 2 "price", at character 1): nope', {
      label: 'term 2 "price"',
      span: { start: 0, end: 5 },
    });
    expect(placeFailure(error, lines)).toEqual({
      termProblems: [{ line: 3, term: 'price', message: error.message, span: { start: 0, end: 5 } }],
      withinProblem: null,
      error: null,
    });
    expect(placeFailure(new AppError('invalid-args', 'bad within', { label: 'the "within" query' }), lines).withinProblem).toEqual({
      message: 'bad within',
      span: null,
    });
    expect(placeFailure(new AppError('no-case-open', 'No case is open'), lines).error).toBe('No case is open');
  });

  it('shows a failed run’s message', async () => {
    const { model } = setup({
      'search.termReport': () => {
        throw new AppError('index-corrupt', 'The index is damaged');
      },
    });
    model.actions.setTerms('gas');
    expect(await model.actions.run()).toBeNull();
    expect(model.store.get()).toMatchObject({ running: false, error: 'The index is damaged', report: null });
  });

  it('exports as CSV or PDF, shows the path and hash, and the counts the file holds', async () => {
    const { client, model } = setup({
      'search.exportTermReport': (args) => ({
        path: `/cases/a/reports/search-terms.${args.format}`,
        sha256: 'e'.repeat(64),
        bytes: 120,
        report: report(args.terms),
      }),
    });
    model.actions.setTerms('gas\nprice');
    const written = await model.actions.exportReport('pdf');
    expect(written).toEqual({ path: '/cases/a/reports/search-terms.pdf', sha256: 'e'.repeat(64), bytes: 120 });
    expect(client.calls[0]).toEqual({ name: 'search.exportTermReport', args: { terms: ['gas', 'price'], within: '', requestId: REQUEST, format: 'pdf' } });
    expect(model.store.get()).toMatchObject({ exporting: null, written: { ...written, format: 'pdf' }, exportError: null });
    expect(model.store.get().report?.rows).toHaveLength(2);
  });

  it('marks the export running, ignores a second click, and shows a failed export', async () => {
    const pending = deferred<never>();
    const { client, model } = setup({ 'search.exportTermReport': () => pending.promise }, null);
    model.actions.setTerms('gas');
    const first = model.actions.exportReport('csv');
    expect(model.store.get().exporting).toBe('csv');
    expect(await model.actions.exportReport('pdf')).toBeNull();
    expect(await model.actions.run()).toBeNull();
    pending.reject(new AppError('internal', 'Disk full'));
    expect(await first).toBeNull();
    expect(model.store.get()).toMatchObject({ exporting: null, exportError: 'Disk full', written: null });
    expect(client.calls).toHaveLength(1);
    expect((client.calls[0]?.args as { requestId: string | null }).requestId).toBeNull();
  });

  it('resets to empty', async () => {
    const { model } = setup({ 'search.termReport': (args) => report(args.terms) });
    model.actions.setTerms('gas');
    await model.actions.run();
    model.actions.reset();
    expect(model.store.get()).toMatchObject({ termsText: '', report: null, written: null });
  });
});
