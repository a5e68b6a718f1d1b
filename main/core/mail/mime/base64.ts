/**
 * Base64 as mail writes it: lines of any length, CRLF or LF, sometimes missing padding, sometimes
 * with stray characters or a truncated last group. Every valid character is used; the rest is
 * skipped and counted so that the caller can report a broken encoding without losing the data.
 */

const VALUE: Int8Array = (() => {
  const table = new Int8Array(256).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) {
    table[alphabet.charCodeAt(i)] = i;
  }
  return table;
})();

export type Base64Result = {
  bytes: Uint8Array;
  /** Characters that are neither base64, padding nor whitespace. */
  invalidCharacters: number;
  /** True when the data ended in the middle of a group (a lone 6-bit character was dropped). */
  truncated: boolean;
  /** True when base64 characters followed the '=' padding (a second stream glued on, or junk). */
  dataAfterPadding: boolean;
};

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a || byte === 0x0c || byte === 0x0b;
}

/**
 * Decodes base64 leniently. Padding resets the group, so two base64 streams joined together
 * (which some gateways produce) both decode.
 */
export function decodeBase64(input: Uint8Array): Base64Result {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let o = 0;
  let accumulator = 0;
  let count = 0;
  let invalidCharacters = 0;
  let truncated = false;
  let sawPadding = false;
  let dataAfterPadding = false;
  /** Writes the bytes of a group cut short, by padding or by the end of the input. */
  const flushGroup = (): void => {
    if (count === 2) {
      out[o++] = (accumulator >> 4) & 0xff;
    } else if (count === 3) {
      out[o++] = (accumulator >> 10) & 0xff;
      out[o++] = (accumulator >> 2) & 0xff;
    } else if (count === 1) {
      truncated = true;
    }
  };
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] ?? 0;
    const value = VALUE[byte] ?? -1;
    if (value >= 0) {
      if (sawPadding) {
        dataAfterPadding = true;
        sawPadding = false;
      }
      accumulator = (accumulator << 6) | value;
      count++;
      if (count === 4) {
        out[o++] = (accumulator >> 16) & 0xff;
        out[o++] = (accumulator >> 8) & 0xff;
        out[o++] = accumulator & 0xff;
        accumulator = 0;
        count = 0;
      }
    } else if (byte === 0x3d) {
      sawPadding = true;
      flushGroup();
      accumulator = 0;
      count = 0;
    } else if (!isWhitespace(byte)) {
      invalidCharacters++;
    }
  }
  // Missing padding is common and harmless; a single leftover character is not decodable.
  flushGroup();
  return { bytes: out.subarray(0, o), invalidCharacters, truncated, dataAfterPadding };
}
