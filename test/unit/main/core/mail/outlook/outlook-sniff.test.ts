import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../../../../support/corpus.js';
import { isMsgFile, isPstFile } from '../../../../../../main/core/mail/outlook/outlook-sniff.js';

function head(...parts: string[]): Uint8Array {
  return readFileSync(corpusPath(...parts)).subarray(0, 512);
}

describe('outlook sniffing', () => {
  it('tells stores, messages and other files apart by their first bytes', () => {
    expect(isPstFile(head('email', 'pst', 'aspose-email', 'Outlook.pst'))).toBe(true);
    expect(isPstFile(head('email', 'pst', 'aspose-email', 'SampleOstFile.ost'))).toBe(true);
    expect(isMsgFile(head('email', 'pst', 'aspose-email', 'Outlook.pst'))).toBe(false);
    expect(isMsgFile(head('email', 'msgreader', 'EmailWithAttachments.msg'))).toBe(true);
    expect(isPstFile(head('email', 'msgreader', 'EmailWithAttachments.msg'))).toBe(false);
    expect(isPstFile(new Uint8Array([0x21, 0x42]))).toBe(false);
  });

  it('cannot tell a .msg from a Word 97 file: both are OLE2 compound files', () => {
    // Hence the registry offers .msg by extension, and readMsg rejects a compound file with no message.
    expect(isMsgFile(head('email', 'mimekit', 'tnef', 'missing-filenames', 'TechlibNOV99.doc'))).toBe(true);
  });
});
