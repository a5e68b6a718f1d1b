import { describe, expect, it } from 'vitest';
import { makeRecord } from '../unit/main/core/packet/packet-fixtures.js';
import { benchItems, mixCounts, spansToRedact } from './packet-bench-input.js';

describe('spansToRedact', () => {
  it('takes the first recipient, then addresses and phone numbers in the body, without overlaps', () => {
    const record = makeRecord({
      id: 'r1',
      to: [{ name: 'Smith, Dana', address: 'dana@home.example' }, { name: 'Sam', address: 'sam@city.example' }],
      body: 'Write to dana.smith@home.example or call (713) 853-6161 or 713-853-6161.',
    });
    const spans = spansToRedact(record, 10);
    expect(spans[0]).toEqual({ field: 'to', start: 0, end: 'Smith, Dana <dana@home.example>'.length });
    expect(spans.slice(1).map((span) => record.body.slice(span.start, span.end))).toEqual(['dana.smith@home.example', '(713) 853-6161', '713-853-6161']);
  });

  it('falls back to a name in the body, and keeps at most `max` spans', () => {
    const record = makeRecord({ id: 'r2', to: [], body: 'Lunch with Kenneth Lay on Friday.' });
    expect(spansToRedact(record, 5).map((span) => record.body.slice(span.start, span.end))).toEqual(['Kenneth Lay']);
    expect(spansToRedact(makeRecord({ id: 'r3', body: 'a@b.example c@d.example e@f.example' }), 2)).toHaveLength(2);
  });
});

describe('benchItems', () => {
  it('releases every 4th record in part and withholds every 25th', () => {
    const records = Array.from({ length: 100 }, (_, index) => makeRecord({ id: `r${index}`, body: `Call me at 713-853-${String(1000 + index)}.` }));
    const items = benchItems(records);
    // Every 100th is a multiple of both: withheld wins.
    expect(mixCounts(items)).toEqual({ inFull: 72, inPart: 24, withheld: 4, redactions: 2 * 24 });
    expect(items[3]?.redactions.map((redaction) => redaction.quote)).toEqual(['Sam Planner <sam@city.example>', '713-853-1003']);
  });
});
