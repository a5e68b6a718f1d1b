import { describe, expect, it } from 'vitest';
import { orderedPrefetch } from '../../../../../main/core/util/ordered-prefetch.js';

describe('orderedPrefetch', () => {
  it('yields in input order, never runs more than the limit at once, and reports failures in place', async () => {
    let running = 0;
    let peak = 0;
    const work = async (n: number) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, (7 - n) * 3));
      running -= 1;
      if (n === 3) {
        throw new Error('three');
      }
      return n * 10;
    };
    const seen: Array<string> = [];
    for await (const { item, result } of orderedPrefetch([1, 2, 3, 4, 5, 6], 3, work)) {
      seen.push(result.status === 'fulfilled' ? `${item}:${result.value}` : `${item}:${(result.reason as Error).message}`);
    }
    expect(seen).toEqual(['1:10', '2:20', '3:three', '4:40', '5:50', '6:60']);
    expect(peak).toBe(3);
  });

  it('handles an empty list', async () => {
    const seen: unknown[] = [];
    for await (const entry of orderedPrefetch([], 4, async () => 1)) {
      seen.push(entry);
    }
    expect(seen).toEqual([]);
  });
});
