/**
 * Plain-text documents, read whole. An encoding other than UTF-8 is reported as a warning so
 * that a reviewer knows the text was interpreted.
 */
import type { Extractor } from '../adapter.js';
import { emptyRecord } from '../adapter.js';
import { normaliseForIndex } from '../../text/normalise-text.js';
import { readWholeFile } from '../read-whole-file.js';
import { decodeText } from '../../text/text-decoding.js';

const extractor: Extractor = {
  async *extract(input) {
    const { bytes, sha256 } = await readWholeFile(input);
    const { text, encoding } = decodeText(bytes);
    const name = input.relativePath.split('/').pop() ?? input.relativePath;
    yield {
      type: 'record',
      record: {
        ...emptyRecord('document'),
        // The v1 identity of a file record, kept so that ids made before families stay the same.
        identity: `${sha256}\n`,
        contentSha256: sha256,
        itemSha256: sha256,
        sizeBytes: bytes.length,
        title: name,
        subject: name,
        filename: name,
        body: normaliseForIndex(text),
      },
    };
    if (encoding === 'windows-1252') {
      yield { type: 'problem', severity: 'warning', locator: '', message: 'Not valid UTF-8: read as windows-1252' };
    }
    return { sha256 };
  },
};

export default extractor;
