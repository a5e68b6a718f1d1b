/**
 * The load files of the per-record variant (Concordance DAT, Opticon OPT) leave the building
 * with the PDFs, and a DAT carries each record's subject, sender, recipients and file name: a
 * redacted name there is as much a leak as on a page. Each field of the DAT that comes from a
 * record is checked like a document property (verify-redactions.ts, rules 2 and 3). Pure.
 *
 * What the packet writes itself is not read: the DAT's header line and its Bates, page-count,
 * id, decision, exemption and hash columns, and the whole OPT (Bates numbers, the volume, PDF
 * names made of Bates ranges, page counts). None holds anything of a record, and a short
 * redaction ("12", a flat number) would otherwise be "found" in a page count.
 */
import { DAT_FIELD_DELIMITER, DAT_NEWLINE, DAT_TEXT_QUALIFIER } from './load-files-dat.js';
import type { DatField } from './load-files.js';
import type { PacketExpectations, VerifyProblem } from './verify-expectations.js';
import type { OutsideString } from './verify-readback.js';
import { findOutsideLeaks } from './verify-redactions.js';

const WRITTEN_BY_THE_PACKET: ReadonlySet<string> = new Set<DatField>(['BEGBATES', 'ENDBATES', 'BEGATTACH', 'ENDATTACH', 'PAGECOUNT', 'RECORDID', 'DECISION', 'EXEMPTIONS', 'SHA256']);

function datFields(line: string): string[] {
  return line.split(DAT_FIELD_DELIMITER).map((field) => field.split(DAT_TEXT_QUALIFIER).join('').split(DAT_NEWLINE).join('\n'));
}

/** The record fields of a DAT load file, one string each, with the line they are on; none from an OPT. */
export function loadFileStrings(name: string, bytes: Uint8Array): OutsideString[] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.includes(DAT_TEXT_QUALIFIER)) {
    return [];
  }
  const [header = '', ...rows] = text.split(/\r\n|\r|\n/);
  const columns = datFields(header);
  const found: OutsideString[] = [];
  rows.forEach((line, index) => {
    datFields(line).forEach((value, column) => {
      if (value.trim() !== '' && !WRITTEN_BY_THE_PACKET.has(columns[column] ?? '')) {
        found.push({ place: 'load-file', where: `Load file ${name}, line ${index + 2}`, text: value });
      }
    });
  });
  return found;
}

/** The leaks in one load file named `name`. */
export function verifyLoadFile(name: string, bytes: Uint8Array, expectations: PacketExpectations): VerifyProblem[] {
  return findOutsideLeaks(loadFileStrings(name, bytes), expectations);
}
