import { describe, expect, it } from 'vitest';
import { OccurrenceCounter } from '../../../../../../main/core/ingest/chat/occurrence-counter.js';
import { sha256Hex } from '../../../../../../main/core/util/hash.js';

describe('OccurrenceCounter', () => {
  it('counts each content’s repeats, however many contents come between them', () => {
    const counter = new OccurrenceCounter();
    const ok = sha256Hex('ok');
    expect(counter.next(ok)).toBe(0);
    expect(counter.next(ok)).toBe(1);
    // Enough distinct contents to grow the table several times over.
    for (let n = 0; n < 50_000; n += 1) {
      expect(counter.next(sha256Hex(`message ${n}`))).toBe(0);
    }
    expect(counter.next(ok)).toBe(2);
    expect(counter.next(sha256Hex('message 49999'))).toBe(1);
    expect(counter.next(sha256Hex('message 0'))).toBe(1);
  });
});
