/**
 * A query the search cannot read, shown where it was typed: the span underlined inside the box
 * (a transparent copy of the text laid over the input, scrolled with it) and, under the box,
 * the message with the part of the query around the span and the span marked, so the place is
 * clear even when the box has scrolled it out of view. Text only: the query is never HTML.
 */
import type { Ref } from 'react';
import type { QueryProblem } from '../../state/search-model.js';

/** Characters of context shown either side of the span in the message line. */
const CONTEXT_CHARS = 24;

/** The span, clamped to `text` (a span may point past the end: "the query ends too early"). */
function clampedSpan(text: string, problem: QueryProblem): { start: number; end: number } {
  const start = Math.min(Math.max(problem.span.start, 0), text.length);
  return { start, end: Math.min(Math.max(problem.span.end, start), text.length) };
}

/** Laid over the input with the same box and font; only the span's underline is visible. */
export function QueryUnderline({ text, problem, mirrorRef }: { text: string; problem: QueryProblem; mirrorRef: Ref<HTMLDivElement> }) {
  const { start, end } = clampedSpan(text, problem);
  return (
    <div className="query-underline" aria-hidden="true" ref={mirrorRef}>
      {text.slice(0, start)}
      <span className={start === end ? 'query-error-span empty' : 'query-error-span'} data-testid="search-error-span">
        {start === end ? '\u00a0' : text.slice(start, end)}
      </span>
      {text.slice(end)}
    </div>
  );
}

/** The message, then the query around the span with the span marked (a caret where it is empty). */
export function QueryProblemText({ problem }: { problem: QueryProblem }) {
  const text = problem.query;
  const { start, end } = clampedSpan(text, problem);
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return (
    <span className="query-problem" data-testid="search-syntax-error" data-start={start} data-end={end}>
      <span className="query-problem-message">{problem.message}</span>
      <code className="query-problem-excerpt">
        {from > 0 ? '…' : ''}
        {text.slice(from, start)}
        <mark className={start === end ? 'query-problem-mark caret' : 'query-problem-mark'}>{start === end ? '‸' : text.slice(start, end)}</mark>
        {text.slice(end, to)}
        {to < text.length ? '…' : ''}
      </code>
    </span>
  );
}
