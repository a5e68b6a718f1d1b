/** readMsg against the .msg files of MSGReader's test suite in the shared corpus. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../../../../support/corpus.js';
import { readMsg } from '../../../../../../main/core/mail/outlook/read-msg.js';
import { AppError } from '../../../../../../shared/errors.js';

function msg(name: string): ReturnType<typeof readMsg> {
  return readMsg(readFileSync(corpusPath('email', 'msgreader', name)));
}

describe('readMsg', () => {
  it('reads sender, To/Cc/Bcc by recipient type, date, bodies and attachments', () => {
    const message = msg('EmailWithAttachments.msg');
    expect(message.subject).toBe('This is the subject');
    expect(message.from).toEqual([{ name: 'Kees', address: 'peterpan@neverland.com' }]);
    expect(message.sender).toBeNull();
    expect(message.to).toEqual([{ name: 'crocodile@neverland.com', address: 'crocodile@neverland.com' }]);
    expect(message.cc).toEqual([{ name: 'tinkerbel@neverland.com', address: 'tinkerbel@neverland.com' }]);
    expect(message.bcc).toEqual([{ name: 'wendy@neverland.com', address: 'wendy@neverland.com' }]);
    expect(message.dateIso).toBe('2016-12-03T18:08:54.000Z');
    // Saved without transport headers: no Date as written, no header list.
    expect(message.dateRaw).toBe('');
    expect(message.headers).toEqual([]);
    expect(message.text).toBe('Hello Neverland text');
    expect(message.html).toContain('Neverland');
    expect(message.extra).toEqual({ 'outlook-message-class': 'IPM.Note' });
    expect(message.attachments.map((attachment) => [attachment.partId, attachment.filename, attachment.contentType, attachment.disposition, attachment.contentId, attachment.size])).toEqual([
      ['att-0', 'peterpan.jpg', 'image/jpeg', 'attachment', '', 39150],
      ['att-1', 'tinkerbell.jpg', 'image/jpeg', 'inline', 'tinkerbell.jpg', 49353],
    ]);
    const [first] = message.attachments;
    expect(first?.sha256).toBe(createHash('sha256').update(first?.content ?? new Uint8Array()).digest('hex'));
    expect(message.problems).toEqual([]);
  });

  it('takes the Date as written and the message ids from the transport headers', () => {
    const message = msg('EmailWith2Attachments.msg');
    expect(message.dateRaw).toBe('Mon, 2 Dec 2019 08:44:20 +0000');
    expect(message.dateIso).toBe('2019-12-02T08:44:20.000Z');
    expect(message.messageId).toBe('<AM7P189MB07920EE2DBDD12A2C694C81CBF430@AM7P189MB0792.EURP189.PROD.OUTLOOK.COM>');
    expect(message.headers).toHaveLength(47);
    expect(message.from).toEqual([{ name: 'Spelde van, CMMA (Kees)', address: 'kees.van.spelde@achmea.nl' }]);
    expect(message.attachments.map((attachment) => [attachment.filename, attachment.size])).toEqual([
      ['Installatie handleiding.docx', 104629],
      ['Installatiehandleiding S&I Agro.xlsx', 76951],
    ]);
  });

  it('parses an attached .msg as a message and keeps it as a .msg file', () => {
    const message = msg('EmailWithMsgAttachment.msg');
    expect(message.subject).toBe('FW: Msg Attachment Test');
    expect(message.inReplyTo).toEqual(['<DU2P193MB2002BFDF69BC4B02DF594370B35CA@DU2P193MB2002.EURP193.PROD.OUTLOOK.COM>']);
    const [attachment] = message.attachments;
    expect(attachment?.contentType).toBe('application/vnd.ms-outlook');
    expect(attachment?.message?.subject).toBe('Msg Attachment Test');
    expect(attachment?.message?.dateIso).toBe('2025-07-22T12:14:13.000Z');
    expect(attachment?.message?.messageId).toBe('<DU2P193MB2002BFDF69BC4B02DF594370B35CA@DU2P193MB2002.EURP193.PROD.OUTLOOK.COM>');
    // The content is a standalone .msg that reads back as the same message.
    expect(readMsg(attachment?.content ?? new Uint8Array()).subject).toBe('Msg Attachment Test');
  });

  it('reads the attachments of a message inside a message', () => {
    const message = msg('EmailWithInnerMailAndAttachments.msg');
    expect(message.subject).toBe('Outer mail');
    expect(message.attachments.map((attachment) => attachment.filename)).toEqual(['OUTER 1.pdf', 'OUTER 2.pdf', '']);
    const inner = message.attachments[2]?.message;
    expect(inner?.subject).toBe('Inner mail');
    expect(inner?.text).toBe('Inner mail\r\n');
    expect(inner?.attachments.map((attachment) => [attachment.filename, attachment.contentType, attachment.size])).toEqual([
      ['INNER 1.pdf', 'application/pdf', 15541],
      ['INNER 2.pdf', 'application/pdf', 15598],
    ]);
  });

  it('recovers the HTML body that exists only encapsulated in the RTF body', () => {
    const message = msg('HtmlSampleEmail.msg');
    expect(message.html.startsWith('<html')).toBe(true);
    expect(message.html.trimEnd().endsWith('</html>')).toBe(true);
    expect(message.html).toContain('Genoa and Lucca');
    expect(message.text.startsWith('BOOK ONE: 1805')).toBe(true);
  });

  it('leaves html empty for a message that was RTF or plain text', () => {
    expect(msg('RtfSampleEmail.msg').html).toBe('');
    expect(msg('TxtSampleEmail.msg').html).toBe('');
    expect(msg('TxtSampleEmail.msg').dateRaw).toBe('Mon, 23 Oct 2017 08:31:27 +0100');
  });

  it('reads accented subjects and Cyrillic bodies', () => {
    expect(msg('EmailWithSpecialCharsInSubject.msg').subject).toBe('Un sujet bien défini Àéroport mañana être ouïe électricité così próxima à Ô');
    expect(msg('EmailWithSpecialCharsInSubject_2.msg').subject).toBe('Un sujet très bien défini');
    expect(msg('RtfWithShortRussianString.msg').text).toBe('ввести  «Имя пользователя» (email) и  «Пароль» (password).\r\n \r\n');
  });

  it('keeps an Exchange distinguished name, lower-cased, when no SMTP address exists', () => {
    const message = msg('sender_not_found_from_exchange.msg');
    expect(message.from).toHaveLength(1);
    expect(message.from[0]?.name).toBe('Myriam VAREME');
    expect(message.from[0]?.address).toMatch(/^\/o=exchangelabs\/ou=exchange administrative group \(fydibohf23spdlt\)\/cn=recipients\/cn=/);
    expect(message.to).toEqual([{ name: 'Support MobiFactory', address: 'support@mobifactory.fr' }]);
  });

  it('throws a clear error for files that are not messages', () => {
    const doc = readFileSync(corpusPath('email', 'mimekit', 'tnef', 'missing-filenames', 'TechlibNOV99.doc'));
    expect(() => readMsg(doc)).toThrow('not an Outlook message: the compound file holds no MAPI properties');
    expect(() => readMsg(new TextEncoder().encode('From: someone\r\n\r\nhello'))).toThrow(AppError);
    const cut = readFileSync(corpusPath('email', 'msgreader', 'EmailWithAttachments.msg')).subarray(0, 30_000);
    expect(() => readMsg(cut)).toThrow(/^the \.msg file could not be parsed: /);
  });
});
