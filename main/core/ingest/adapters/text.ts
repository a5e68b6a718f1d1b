/**
 * Plain-text documents. Bytes that are not valid UTF-8 are read as windows-1252, the code page
 * that office machines wrote most plain text in; the choice is reported as a warning.
 */
import type { Extractor, ExtractedItem, SourceFile } from '../adapter.js';
import { emptyRecord } from '../adapter.js';
import { normaliseForIndex } from '../normalise-text.js';

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const extractor: Extractor = {
  async *extract(file: SourceFile) {
    const { text, encoding } = decodeText(file.bytes);
    const name = file.relativePath.split('/').pop() ?? file.relativePath;
    const items: ExtractedItem[] = [
      { type: 'record', record: { ...emptyRecord('document'), title: name, subject: name, body: normaliseForIndex(text) } },
    ];
    if (encoding === 'windows-1252') {
      items.push({ type: 'warning', locator: '', message: 'Not valid UTF-8: read as windows-1252' });
    }
    yield* items;
  },
};

export default extractor;
