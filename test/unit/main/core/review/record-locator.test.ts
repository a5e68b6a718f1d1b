import { describe, expect, it } from 'vitest';
import type { MailAttachment, MailMessage } from '../../../../../main/core/mail/mail-message.js';
import { attachmentAt, mboxOffsetOf, splitRecordLocator } from '../../../../../main/core/review/record-locator.js';

function attachment(partId: string, message: MailMessage | null = null): MailAttachment {
  return { partId, filename: `${partId}.pdf`, contentType: 'application/pdf', disposition: 'attachment', contentId: '', size: 1, sha256: '', content: new Uint8Array([1]), message, containedNames: [] };
}

function message(attachments: MailAttachment[]): MailMessage {
  return {
    headers: [], subject: '', from: [], sender: null, replyTo: [], to: [], cc: [], bcc: [], dateRaw: '', dateIso: null, messageId: '',
    inReplyTo: [], references: [], text: '', html: '', attachments, problems: [], extra: {},
  };
}

describe('record locators', () => {
  it('splits the locators ingest writes into the message and its part path', () => {
    expect(splitRecordLocator('')).toEqual({ message: '', parts: [] });
    expect(splitRecordLocator('offset 1234')).toEqual({ message: 'offset 1234', parts: [] });
    expect(splitRecordLocator('part 2')).toEqual({ message: '', parts: ['2'] });
    expect(splitRecordLocator('part att-0 part att-1')).toEqual({ message: '', parts: ['att-0', 'att-1'] });
    expect(splitRecordLocator('offset 1234 part 2 part 2.1')).toEqual({ message: 'offset 1234', parts: ['2', '2.1'] });
    expect(splitRecordLocator('offset 1 part  part 2')).toBeNull();
  });

  it('reads an mbox offset and nothing else', () => {
    expect(mboxOffsetOf('offset 0')).toBe(0);
    expect(mboxOffsetOf('offset 98765')).toBe(98765);
    expect(mboxOffsetOf('Inbox#2097188')).toBeNull();
    expect(mboxOffsetOf('offset -1')).toBeNull();
    expect(mboxOffsetOf('line 12')).toBeNull();
  });

  it('finds an attachment through attached messages, and nothing where a part is missing', () => {
    const inner = message([attachment('2.1'), attachment('2.2')]);
    const top = message([attachment('1'), attachment('2', inner)]);
    expect(attachmentAt(top, ['1'])?.filename).toBe('1.pdf');
    expect(attachmentAt(top, ['2', '2.2'])?.filename).toBe('2.2.pdf');
    expect(attachmentAt(top, ['2', '2.3'])).toBeNull();
    expect(attachmentAt(top, ['1', '1.1'])).toBeNull();
    expect(attachmentAt(top, [])).toBeNull();
  });
});
