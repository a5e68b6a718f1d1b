/** Text with one span marked, to show where a query went wrong (rendered as text, never HTML). */
export function MarkedSpan({ text, span }: { text: string; span: { start: number; end: number } | null }) {
  if (span === null) {
    return <span className="mono">{text}</span>;
  }
  const start = Math.min(Math.max(span.start, 0), text.length);
  const end = Math.min(Math.max(span.end, start), text.length);
  return (
    <span className="mono">
      {text.slice(0, start)}
      {/* An empty span (a missing word at the end) still gets a visible mark. */}
      <mark className="query-problem-mark">{end > start ? text.slice(start, end) : '\u00a0'}</mark>
      {text.slice(end)}
    </span>
  );
}
