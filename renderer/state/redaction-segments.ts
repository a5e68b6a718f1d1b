/**
 * A text cut into runs for display: plain runs, and runs under one or more redactions (spans
 * may overlap; a run lists every redaction covering it). Pure, so the cutting is tested without
 * a DOM; the viewer draws each covered run marked, in order, so the text reads unchanged.
 */
export type Span = { id: string; start: number; end: number };
export type Segment = { text: string; start: number; redactions: string[] };

export function redactionSegments(text: string, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    if (span.start >= 0 && span.end <= text.length && span.start < span.end) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? start;
    if (end > start) {
      const covering = spans.filter((span) => span.start <= start && end <= span.end).map((span) => span.id);
      segments.push({ text: text.slice(start, end), start, redactions: covering });
    }
  }
  return segments;
}
