/**
 * Counts repeats of the same content within one export, so that identical messages ("ok", "ok"
 * in one minute) keep distinct identities. It must remember every distinct message of the
 * export, since an identical one may come at any later point (WhatsApp files are sometimes out
 * of order), so it is the one part of a chat reader that grows with the export. It therefore
 * keeps each content as the first 52 bits of its SHA-256 in typed arrays: 12 to 24 bytes a
 * message, outside the JavaScript heap, where a Map of hex strings took about 120 bytes of it
 * (120 MB of a worker's heap for a million-message export).
 *
 * Two different contents sharing those 52 bits (about one chance in 10^4 for a million messages)
 * only give the second a higher count: its identity still holds its whole content, so it is
 * never taken for the first, and the same file always counts the same way.
 */

const INITIAL_SLOTS = 1024;
/** 2^31: keys are folded below it to pick a slot (a double's `%` is exact for integers). */
const FOLD = 2_147_483_648;

export class OccurrenceCounter {
  /** Open addressing with linear probing; a slot holds key + 1, so 0 marks it empty. */
  private keys = new Float64Array(INITIAL_SLOTS);
  private counts = new Uint32Array(INITIAL_SLOTS);
  private size = 0;

  /** How many times `contentSha256` (hex) was counted before this call. */
  next(contentSha256: string): number {
    const key = Number.parseInt(contentSha256.slice(0, 13), 16) + 1;
    let slot = this.slotOf(key);
    if (this.keys[slot] === 0) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.size += 1;
    }
    const count = this.counts[slot] ?? 0;
    this.counts[slot] = count + 1;
    return count;
  }

  /** The slot holding `key`, or the empty slot where it belongs. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = (key % FOLD) & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    keys.forEach((key, index) => {
      if (key !== 0) {
        const slot = this.slotOf(key);
        this.keys[slot] = key;
        this.counts[slot] = counts[index] ?? 0;
      }
    });
  }
}
