import { describe, expect, it } from 'vitest';
import { redactionSegments } from '../../../../renderer/state/redaction-segments.js';

describe('redaction segments', () => {
  it('cuts the text at every span edge, listing the spans over each run, and keeps the text whole', () => {
    const text = 'Call Dana at 555-0100 tomorrow';
    const segments = redactionSegments(text, [
      { id: 'x_1', start: 5, end: 9 },
      { id: 'x_2', start: 5, end: 21 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.redactions])).toEqual([
      ['Call ', []],
      ['Dana', ['x_1', 'x_2']],
      [' at 555-0100', ['x_2']],
      [' tomorrow', []],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('ignores spans that do not fit the text (the text changed since they were drawn)', () => {
    expect(redactionSegments('short', [{ id: 'x_1', start: 2, end: 40 }])).toEqual([{ text: 'short', start: 0, redactions: [] }]);
    expect(redactionSegments('', [])).toEqual([]);
  });
});
