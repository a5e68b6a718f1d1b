/**
 * Decompresses PR_RTF_COMPRESSED, the LZ77 variant ("LZFu") Outlook stores RTF bodies in
 * ([MS-OXRTFCP]). Our own because pst-extractor's LZFu returns a UTF-8 string (mangling any raw
 * 8-bit byte in the RTF) and seeds its dictionary with CR and LF swapped, and because the .msg
 * reader's decompressor is not a dependency of ours.
 *
 * Bounded: the output never grows past the size the header declares, and that size is capped
 * by what the input could possibly expand to, so a lying header cannot make it allocate more.
 */
import { Buffer } from 'node:buffer';

/** The dictionary's initial content, fixed by [MS-OXRTFCP] 2.1.2.1. */
const PREBUF = Buffer.from(
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript ' +
    '\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n' +
    '\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx',
  'latin1',
);

const COMPRESSED = 0x75465a4c; // 'LZFu'
const UNCOMPRESSED = 0x414c454d; // 'MELA'
const HEADER_SIZE = 16;
const DICTIONARY_SIZE = 4096;
/** One control byte announces 8 tokens of at most 2 bytes each, each copying at most 17 bytes. */
const MAX_EXPANSION = 9;

/** Returns the RTF bytes; throws an Error saying what is wrong when the data is not compressed RTF. */
export function decompressRtf(data: Uint8Array): Uint8Array {
  if (data.length < HEADER_SIZE) {
    throw new Error(`compressed RTF is ${data.length} bytes, shorter than its 16-byte header`);
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const rawSize = view.getUint32(4, true);
  const type = view.getUint32(8, true);
  if (type === UNCOMPRESSED) {
    return data.subarray(HEADER_SIZE, Math.min(data.length, HEADER_SIZE + rawSize));
  }
  if (type !== COMPRESSED) {
    throw new Error(`compressed RTF has an unknown type 0x${type.toString(16)}`);
  }
  const output = new Uint8Array(Math.min(rawSize, (data.length - HEADER_SIZE) * MAX_EXPANSION));
  const dictionary = new Uint8Array(DICTIONARY_SIZE);
  dictionary.set(PREBUF);
  let write = PREBUF.length;
  let out = 0;
  let pos = HEADER_SIZE;
  while (pos < data.length && out < output.length) {
    const control = data[pos++] ?? 0;
    for (let bit = 0; bit < 8 && out < output.length; bit++) {
      if ((control & (1 << bit)) === 0) {
        if (pos >= data.length) {
          return output.subarray(0, out);
        }
        const byte = data[pos++] ?? 0;
        output[out++] = byte;
        dictionary[write] = byte;
        write = (write + 1) % DICTIONARY_SIZE;
        continue;
      }
      if (pos + 1 >= data.length) {
        return output.subarray(0, out);
      }
      const reference = ((data[pos] ?? 0) << 8) | (data[pos + 1] ?? 0);
      pos += 2;
      let read = reference >> 4;
      const length = (reference & 0x0f) + 2;
      // A reference to the current write position marks the end of the stream.
      if (read === write) {
        return output.subarray(0, out);
      }
      for (let i = 0; i < length && out < output.length; i++) {
        const byte = dictionary[read] ?? 0;
        output[out++] = byte;
        dictionary[write] = byte;
        write = (write + 1) % DICTIONARY_SIZE;
        read = (read + 1) % DICTIONARY_SIZE;
      }
    }
  }
  return output.subarray(0, out);
}
