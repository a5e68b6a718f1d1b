/**
 * The span rules a contract test cannot reach: no mailbox in the shared corpus has a character
 * outside the Basic Multilingual Plane to cut in two, and `needs-recheck` needs a field whose text
 * changed under a stored redaction, which only a re-index of a changed source produces.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertSpan, viewRedaction } from '../../../../../main/core/review/redaction-spans.js';
import { AppError } from '../../../../../shared/errors.js';
import type { Redaction } from '../../../../../shared/model/review.js';

/** The AppError `run` throws; fails the test when it throws nothing or something else. */
function thrown(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

const WHERE = 'the body of r_1';

describe('assertSpan', () => {
  const text = 'Call Pat on 555-0100.';

  it('accepts any span of whole characters inside the text, ends included', () => {
    expect(() => assertSpan(text, 5, 8, WHERE)).not.toThrow();
    expect(() => assertSpan(text, 0, text.length, WHERE)).not.toThrow();
    expect(() => assertSpan(text, text.length - 1, text.length, WHERE)).not.toThrow();
  });

  it('refuses a span past the end, before the start, empty, reversed or fractional, naming the place and the length', () => {
    for (const [start, end] of [
      [15, text.length + 1],
      [-1, 3],
      [4, 4],
      [8, 5],
      [1.5, 4],
    ] as const) {
      const error = thrown(() => assertSpan(text, start, end, WHERE));
      expect(error.code).toBe('invalid-args');
      expect(error.message).toContain(WHERE);
      expect(error.message).toContain(`(${text.length} characters)`);
      expect(error.details).toEqual({ start, end, length: text.length });
    }
    expect(thrown(() => assertSpan('', 0, 1, WHERE)).code).toBe('invalid-args');
  });

  describe('with a character outside the Basic Multilingual Plane (two UTF-16 units)', () => {
    // "Fish 🐟 here": the fish is U+1F41F, the units at 5 and 6.
    const fish = 'Fish \u{1F41F} here';

    it('accepts a span that takes the whole character, alone or with its neighbours', () => {
      expect(fish.slice(5, 7)).toBe('\u{1F41F}');
      expect(() => assertSpan(fish, 5, 7, WHERE)).not.toThrow();
      expect(() => assertSpan(fish, 0, fish.length, WHERE)).not.toThrow();
      expect(() => assertSpan(fish, 7, 12, WHERE)).not.toThrow();
    });

    it('refuses a span that starts or ends between its two halves', () => {
      for (const [start, end] of [
        [6, 9],
        [0, 6],
        [6, 6 + 1],
      ] as const) {
        const error = thrown(() => assertSpan(fish, start, end, WHERE));
        expect(error.code).toBe('invalid-args');
        expect(error.message).toContain('cuts a character');
        expect(error.message).toContain(WHERE);
        expect(error.details).toEqual({ start, end });
      }
    });

    it('does not take a lone surrogate for half of a pair', () => {
      // Text extracted from broken sources can hold unpaired halves: there is no pair to keep whole.
      const lone = 'a\uDC00b\uD800c';
      expect(() => assertSpan(lone, 1, 2, WHERE)).not.toThrow();
      expect(() => assertSpan(lone, 3, 4, WHERE)).not.toThrow();
      expect(() => assertSpan(lone, 4, 5, WHERE)).not.toThrow();
    });
  });
});

describe('viewRedaction', () => {
  const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
  const drawnOn = 'Call Pat on 555-0100.';
  const redaction: Redaction = {
    id: 'x_1',
    requestId: 'q_1',
    recordId: 'r_1',
    field: 'body',
    start: 5,
    end: 8,
    quote: 'Pat',
    fieldSha256: sha256(drawnOn),
    exemptions: [{ catalogue: 'us-foia', code: 'b6' }],
    note: '',
    createdAt: '2023-11-20T12:00:00.000Z',
    createdBy: 'officer',
    updatedAt: '2023-11-20T12:00:00.000Z',
    updatedBy: 'officer',
  };

  it('is ok while the field is the text the span was drawn on', () => {
    expect(viewRedaction(redaction, sha256(drawnOn))).toEqual({ ...redaction, status: 'ok' });
  });

  it('needs a re-check once the text changed, even where the quote would still fit, and never moves the span', () => {
    // A re-index that put "Pat" elsewhere: the span is reported, not shifted to where it might fit.
    const reindexed = 'Please call Pat on 555-0100.';
    const view = viewRedaction(redaction, sha256(reindexed));
    expect(view).toEqual({ ...redaction, status: 'needs-recheck' });
    // Same quote at the same offsets is still a different text.
    const sameQuote = 'Call Pat at 555-0199.';
    expect(sameQuote.slice(redaction.start, redaction.end)).toBe(redaction.quote);
    expect(viewRedaction(redaction, sha256(sameQuote)).status).toBe('needs-recheck');
  });

  it('needs a re-check when the record is gone from the index', () => {
    expect(viewRedaction(redaction, null).status).toBe('needs-recheck');
  });

  it('leaves the stored redaction as it was', () => {
    const copy = structuredClone(redaction);
    viewRedaction(redaction, null);
    expect(redaction).toEqual(copy);
    expect('status' in redaction).toBe(false);
  });
});
