/**
 * The load files of the per-record variant (Concordance DAT, Opticon OPT) leave the building
 * with the PDFs, and a DAT carries each record's subject, sender, recipients and file name: a
 * redacted name there is as much a leak as on a page. Each field of each line is checked like a
 * document property (verify-redactions.ts, rules 2 and 3). Pure.
 */
import { DAT_FIELD_DELIMITER, DAT_NEWLINE, DAT_TEXT_QUALIFIER } from './load-files-dat.js';
import type { PacketExpectations, VerifyProblem } from './verify-expectations.js';
import type { OutsideString } from './verify-readback.js';
import { findOutsideLeaks } from './verify-redactions.js';

/** The fields of a load file, one string each, with the line they are on. */
export function loadFileStrings(name: string, bytes: Uint8Array): OutsideString[] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const found: OutsideString[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    // DAT: qualified fields split by ASCII 20; OPT: comma-separated. Either way, a field at a time.
    const fields = line.includes(DAT_FIELD_DELIMITER) || line.includes(DAT_TEXT_QUALIFIER) ? line.split(DAT_FIELD_DELIMITER) : line.split(',');
    for (const field of fields) {
      const value = field.split(DAT_TEXT_QUALIFIER).join('').split(DAT_NEWLINE).join('\n');
      if (value.trim() !== '') {
        found.push({ place: 'load-file', where: `Load file ${name}, line ${index + 1}`, text: value });
      }
    }
  });
  return found;
}

/** The leaks in one load file named `name`. */
export function verifyLoadFile(name: string, bytes: Uint8Array, expectations: PacketExpectations): VerifyProblem[] {
  return findOutsideLeaks(loadFileStrings(name, bytes), expectations);
}
