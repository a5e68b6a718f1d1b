/**
 * parseMailMessage on the real files of the shared corpus (see ../shared/corpus/MANIFEST.tsv).
 * Expected values were read from the files and cross-checked with Python's email package.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MailMessage } from '../../../../../../main/core/mail/mail-message.js';
import { parseMailMessage } from '../../../../../../main/core/mail/mime/parse-mail-message.js';
import { corpusPath } from '../../../../../support/corpus.js';

const parse = (...parts: string[]): MailMessage => parseMailMessage(readFileSync(corpusPath('email', ...parts)));
const summary = (message: MailMessage): Array<[string, string, string, number]> =>
  message.attachments.map((a) => [a.partId, a.filename, a.contentType, a.size]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('MimeKit test messages', () => {
  it('decodes an ISO-2022-JP subject and body (japanese.txt)', () => {
    const message = parse('mimekit', 'messages', 'japanese.txt');
    expect(message.subject).toBe('日本語メールテスト (testing Japanese emails)');
    expect(message.text).toBe("Let's see if both subject and body works fine...\n\n日本語が\n正常に\n送れているか\nテスト.\n");
    expect(message.from).toEqual([{ name: 'Atsushi Eno', address: 'x@x.com' }]);
  });

  it('numbers parts as IMAP does and reports the missing "--4.x--" (rfc2060.txt)', () => {
    const message = parse('mimekit', 'messages', 'rfc2060.txt');
    expect(message.text).toBe('This part specifier should be: 1\n');
    expect(message.attachments.map((a) => [a.partId, a.contentType])).toEqual([
      ['2', 'application/octet-stream'],
      ['3', 'message/rfc822'],
      ['4.1', 'image/gif'],
      ['4.2', 'message/rfc822'],
    ]);
    const three = message.attachments[1]?.message;
    expect(three?.subject).toBe('This part specifier should be: 3');
    expect(three?.text).toBe('This part specifier should be: 3.1\n');
    expect(three?.attachments.map((a) => a.partId)).toEqual(['3.2']);
    const fourTwo = message.attachments[3]?.message;
    expect(fourTwo?.text).toBe('This part specifier should be: 4.2.1\n\n\nThis part specifier should be: 4.2.2.1\n');
    expect(fourTwo?.attachments.map((a) => [a.partId, a.contentType])).toEqual([['4.2.2.2', 'text/richtext']]);
    expect(message.problems).toEqual([{ part: '4', message: 'missing closing boundary "--4.x--"; the last part runs to the end' }]);
  });

  it('reads a message/rfc822 body holding a digest, after a leading "From " line (multipart-digest.txt)', () => {
    const message = parse('mimekit', 'messages', 'multipart-digest.txt');
    expect(message.from).toEqual([{ name: '', address: 'user@domain.org' }]);
    const sub = message.attachments[0]?.message;
    expect(sub?.subject).toBe('submsg');
    expect(sub?.attachments.map((a) => [a.partId, a.message?.subject, a.message?.text])).toEqual([
      ['1.1', 'm1', 'm1 body\n'],
      ['1.2', 'm2', 'm2 body\n'],
    ]);
  });

  it('keeps text and html side by side, with inline images and attachments (body.6.txt, body.9.txt)', () => {
    const six = parse('mimekit', 'messages', 'body.6.txt');
    expect(six.text).toBe('This is the text body.');
    expect(six.html).toHaveLength(41);
    expect(summary(six)).toEqual([
      ['1.1.2', 'empty.gif', 'image/gif', 0],
      ['1.1.3', 'empty.jpg', 'image/jpeg', 0],
      ['2', 'document.txt', 'text/plain', 29],
    ]);
    // body.9: an inline text/plain that comes after the alternative is body text too.
    expect(parse('mimekit', 'messages', 'body.9.txt').text).toBe('This is some plain text but is not the body.');
  });

  it('skips a UTF-8 byte-order mark before the headers (feedback-report.txt)', () => {
    const message = parse('mimekit', 'messages', 'feedback-report.txt');
    expect(message.subject).toBe('FW: Earn money');
    expect(summary(message).map(([part, , type]) => [part, type])).toEqual([
      ['2', 'message/feedback-report'],
      ['3', 'message/rfc822'],
    ]);
    expect(message.attachments[1]?.message?.subject).toBe('Earn money');
  });

  it('joins a header folded without whitespace and still finds the body (issue358.txt)', () => {
    const message = parse('mimekit', 'messages', 'issue358.txt');
    expect(message.subject).toBe('R: R: R: I: FR-selca LA selcaE');
    expect(message.text).toBe('Test headers\n\n');
    expect(message.html).toContain('<!DOCTYPE HTML PUBLIC');
    expect(message.problems).toEqual([{ part: '', message: 'header x-microsoft-exchange-diagnostics is folded without leading whitespace' }]);
  });

  it('reads an empty nested multipart without losing its sibling (empty-multipart.txt)', () => {
    const message = parse('mimekit', 'messages', 'empty-multipart.txt');
    expect(message.text).toBe('This part should be on the same level as the multipart/alternative and not a child.\n');
    expect(message.problems).toEqual([{ part: '1', message: 'boundary "----=_NextPart_001_0040_01CE98CE.6E826F90" never found; body read as text/plain' }]);
  });

  it('parses a 135 KB To header of encoded words (stack-overflow.txt)', () => {
    const message = parse('mimekit', 'messages', 'stack-overflow.txt');
    expect(message.subject).toBe('Message Subject');
    expect(message.to[0]).toEqual({ name: 'test', address: 'test@test.com' });
    expect(message.to[1]?.name.startsWith('date>2017-08-20T10:08:28.617</prdate>2017-08-20T10:08:28.617</pr')).toBe(true);
  });

  it('parses bounces: delivery-status kept as an attachment, the returned message parsed (bounce.txt)', () => {
    const message = parse('mimekit', 'messages', 'bounce.txt');
    expect(message.subject).toBe('Undelivered Mail Returned to Sender');
    expect(summary(message).map(([part, , type, size]) => [part, type, size])).toEqual([
      ['2', 'message/delivery-status', 934],
      ['3', 'message/rfc822', 17695],
    ]);
    const returned = message.attachments[1]?.message;
    expect(returned?.from).toEqual([{ name: 'Netec RMM', address: 'helpdesk@netecgc.com' }]);
    expect(returned?.text.startsWith('--reply above this line--')).toBe(true);
    expect(returned?.html.length).toBeGreaterThan(0);
  });

  it('lists the contents of winmail.dat attachments (tnef/rich-text.eml, tnef/ukr.eml)', () => {
    const rich = parse('mimekit', 'tnef', 'rich-text.eml');
    const winmail = rich.attachments[0];
    expect([winmail?.filename, winmail?.contentType, winmail?.size]).toEqual(['winmail.dat', 'application/ms-tnef', 821421]);
    // The attachment is byte for byte christmas.tnef.
    expect(winmail?.sha256).toBe(createHash('sha256').update(readFileSync(corpusPath('email', 'mimekit', 'tnef', 'christmas.tnef'))).digest('hex'));
    expect(winmail?.containedNames).toEqual(['kitten-playing-with-a-christmas-tree.jpg', 'Untitled Attachment', 'Untitled Attachment']);
    const ukr = parse('mimekit', 'tnef', 'ukr.eml');
    expect(ukr.text.startsWith('шостий\n')).toBe(true); // koi8-r, quoted-printable
    expect(ukr.attachments.map((a) => [a.filename, a.size, a.containedNames])).toEqual([['winmail.dat', 9566, []]]);
  });

  it('parses every MimeKit message file without throwing', () => {
    const dir = corpusPath('email', 'mimekit', 'messages');
    const names = readdirSync(dir);
    expect(names).toHaveLength(32);
    for (const name of names) {
      const message = parseMailMessage(readFileSync(join(dir, name)));
      expect(message.headers.length + message.text.length, name).toBeGreaterThan(0);
    }
  });
});

describe("Python's email test messages", () => {
  it('parses all of them and reads their subjects', () => {
    const dir = corpusPath('email', 'python-email');
    const names = readdirSync(dir).filter((name) => /^msg_\d+a?\.txt$/.test(name));
    // MANIFEST.tsv says 47: msg_01 to msg_47, plus msg_12a.
    expect(names).toHaveLength(48);
    const subjects = new Map(names.map((name) => [name, parseMailMessage(readFileSync(join(dir, name))).subject]));
    expect(subjects.get('msg_02.txt')).toBe('Ppp digest, Vol 1 #2 - 5 msgs');
    expect(subjects.get('msg_25.txt')).toBe('Returned mail: Too many hops 19 (17 max): from <linuxuser-admin@www.linux.org.uk> via [199.164.235.226], to <scoffman@wellpartner.com>');
    expect(subjects.get('msg_43.txt')).toBe('Banned file: auto__mail.python.bat in mail from you');
  });

  it('reads a digest inside a multipart/mixed (msg_02.txt)', () => {
    const message = parse('python-email', 'msg_02.txt');
    expect(message.text.startsWith('Send Ppp mailing list submissions to\n\tppp@zzz.org')).toBe(true);
    expect(message.attachments.map((a) => [a.partId, a.message?.subject])).toEqual([
      ['3.1', '[Ppp] testing #1'],
      ['3.2', ''],
      ['3.3', '[Ppp] testing #3'],
      ['3.4', '[Ppp] testing #4'],
      ['3.5', '[Ppp] testing #5'],
    ]);
    expect(message.attachments[0]?.message?.from).toEqual([{ name: 'Barry A. Warsaw', address: 'barry@digicool.com' }]);
  });

  it('decodes each text part by its own encoding and charset (msg_10.txt)', () => {
    const message = parse('python-email', 'msg_10.txt');
    expect(message.html).toBe('\u00a1This is a Quoted Printable encoded message!\n');
    expect(message.text).toBe(
      [
        'This is a 7bit encoded message.\n',
        'This is a Base64 encoded message.',
        'This is a Base64 encoded message.\n',
        'This has no Content-Transfer-Encoding: header.\n',
      ].join('\n\n'),
    );
  });

  it('decodes base64 attachments to the same bytes as Python', () => {
    const fish = parse('python-email', 'msg_07.txt').attachments[0];
    expect([fish?.filename, fish?.contentType, fish?.size, fish?.sha256]).toEqual([
      'dingusfish.gif',
      'image/gif',
      3512,
      '354288075c6cd6c6a99180ef60b99f599b4e3d6c28bd67c29adc736079e52a84',
    ]);
    expect(summary(parse('python-email', 'msg_22.txt'))).toEqual([
      ['2', 'wibble.JPG', 'image/jpeg', 272],
      ['3', 'wibble2.JPG', 'image/jpeg', 317],
    ]);
    // Content-Disposition's filename wins over Content-Type's name="clock.bmp,69c".
    expect(summary(parse('python-email', 'msg_26.txt'))).toEqual([['2', 'clock.bmp', 'application/riscos', 630]]);
  });

  it('reads signed mail and a forwarded message in iso-8859-15 (msg_45.txt, msg_46.txt)', () => {
    const signed = parse('python-email', 'msg_45.txt');
    expect(signed.text).toBe('This is the signed contents.\n');
    expect(summary(signed)).toEqual([['2', 'signature.asc', 'application/pgp-signature', 189]]);
    const forwarded = parse('python-email', 'msg_46.txt').attachments[0]?.message;
    expect(forwarded?.subject).toBe('GroupwiseForwardingTest');
    expect(forwarded?.from).toEqual([{ name: 'Dr. Sender', address: 'sender@example.net' }]);
    expect(forwarded?.text).toBe('Testing email forwarding with Groupwise 1.2.2010\n');
  });

  it('recovers the part after a boundary reused by a nested multipart (msg_15.txt)', () => {
    const message = parse('python-email', 'msg_15.txt');
    expect(message.text).toContain('Some removed test.');
    expect(message.html).toContain('<TITLE>Some removed HTML</TITLE>');
    expect(summary(message).map(([part, name, type]) => [part, name, type])).toEqual([['4', 'xx.gif', 'image/gif']]);
    expect(message.problems.map((problem) => problem.message)).toContain(
      'parts follow the closing boundary "--MS_Mac_OE_3071477847_720252_MIME_Part--"; they were read too',
    );
  });

  it('finds all six patches when inner multiparts reuse the outer boundary (msg_39.txt)', () => {
    const message = parse('python-email', 'msg_39.txt');
    expect(message.attachments.map((a) => [a.partId, a.contentId])).toEqual([
      ['1.2', '<20592.1022586929.3@example.com>'],
      ['1.3', '<20592.1022586929.4@example.com>'],
      ['1.5', '<20592.1022586929.7@example.com>'],
      ['1.6', '<20592.1022586929.8@example.com>'],
      ['1.8', '<20592.1022586929.11@example.com>'],
      ['1.9', '<20592.1022586929.12@example.com>'],
    ]);
    expect(message.text).toBe("--\nIt's never too late to have a happy childhood.\n");
  });

  it('keeps part numbers of empty parts, as IMAP does (msg_37.txt)', () => {
    expect(parse('python-email', 'msg_37.txt').attachments.map((a) => [a.partId, a.contentType])).toEqual([
      ['1', 'text/x-one'],
      ['3', 'text/x-two'],
      ['7', 'text/x-two'],
    ]);
  });
});

describe('MSGReader .eml samples', () => {
  it('decodes names and subjects (ISO-8859-1 from, folded subject, broken-fold UTF-8 subject)', () => {
    expect(parse('msgreader', 'EmailWithISO_8859_1_From.eml').from).toEqual([{ name: 'Some ßtring', address: 'some@example.com' }]);
    expect(parse('msgreader', 'EmailWithMultilineSubject.eml').subject).toBe(
      'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen',
    );
    const utf8 = parse('msgreader', 'UTF-8_Test.eml');
    expect(utf8.subject).toBe('【要確認】●普通自転車（ノーパンクタイヤ） 再予約通知 2023/11/29 12:00 - 13:00');
    expect(utf8.from).toEqual([{ name: '設備予約systemシステム', address: 'system@example.com' }]);
    expect(utf8.text).toBe('メッセージです。通常通りパースされることを確認済みです。\r\n');
  });

  it('reads three large base64 images (TestWithAttachments.eml)', () => {
    const message = parse('msgreader', 'TestWithAttachments.eml');
    expect(message.text).toBe('');
    expect(message.html.length).toBeGreaterThan(0);
    expect(message.attachments.map((a) => [a.partId, a.filename, a.size, a.sha256.slice(0, 16)])).toEqual([
      ['2', 'hamster.jpg', 186412, '9c35d2ab7d172ff4'],
      ['3', 'elmo.jpg', 65743, '9b39df438b354a36'],
      ['4', 'xietje.jpg', 1805083, 'c210ebf039b34608'],
    ]);
  });

  it('tells inline images from attachments and prefers the disposition filename (TestWithAttachmentsAndInlines.eml)', () => {
    const message = parse('msgreader', 'TestWithAttachmentsAndInlines.eml');
    expect(message.text.startsWith('Test email ****')).toBe(true);
    expect(message.attachments.map((a) => [a.partId, a.filename, a.contentType, a.disposition, a.contentId])).toEqual([
      ['1.2', 'Outlook-facebook.png', 'image/png', 'inline', '<36af55b5-b8bd-4554-8ab2-d549afb6cb88>'],
      ['2', 'attachment1f.txt', 'text/plain', 'attachment', ''],
      ['3', 'attachment2f.txt', 'text/plain', 'attachment', ''],
      ['4', '', 'text/plain', 'attachment', ''],
      ['5', 'attachment4f.txt', 'text/plain', 'attachment', ''],
      ['6', '', 'message/rfc822', 'attachment', ''],
      ['7', '', 'message/rfc822', 'attachment', ''],
    ]);
    // Parts 6 and 7 claim message/rfc822 but hold "Attachment Content": parsed anyway, and reported.
    expect(message.attachments[5]?.message?.text).toBe('Attachment Content');
    expect(message.problems.filter((problem) => problem.part === '6')).toHaveLength(2);
  });

  it('reports the truncation of TestWithInlineHavingWindows1252Fields.eml and keeps both bodies', () => {
    const message = parse('msgreader', 'TestWithInlineHavingWindows1252Fields.eml');
    expect(message.from).toEqual([{ name: 'Müller Peter', address: 'Peter.Mueller@domain.ch' }]);
    expect(message.text).toBe('Test email *********************************************************\n');
    expect(message.html).toContain('Test email');
    expect(message.problems.map((problem) => problem.message)).toEqual([
      'missing closing boundary "--_008_GVAP278MB0198D05D58CEAFAF320C57649EF12GVAP278MB0198CHEP_--"; the last part runs to the end',
      'missing closing boundary "--_007_GVAP278MB0198D05D58CEAFAF320C57649EF12GVAP278MB0198CHEP_--"; the last part runs to the end',
    ]);
  });
});

describe('Enron maildir (skilling-j)', () => {
  const root = corpusPath('email', 'enron', 'maildir', 'skilling-j');

  it('reads raw 8-bit bytes in X-From / X-To as windows-1252 (the four files in MANIFEST.tsv)', () => {
    const sato = parseMailMessage(readFileSync(join(root, 'deleted_items', '346.')));
    expect(sato.subject).toBe('Crisis in Enron Japan');
    expect(sato.headers.find((header) => header.name === 'X-From')?.value).toBe(
      '\\"¿m ²¡\\" <enronsato@hotmail.com>@ENRON <IMCEANOTES-+22+BFm+20+B2+A1+22+20+3Cenronsato+40hotmail+2Ecom+3E+40ENRON@ENRON.com>',
    );
    // CRLF in the headers, LF in this body: kept as written.
    expect(sato.text.startsWith('Dear top management,\n\nI know how dangerous')).toBe(true);
    for (const file of ['discussion_threads/306.', 'notes_inbox/100.', 'all_documents/385.']) {
      const message = parseMailMessage(readFileSync(join(root, file)));
      expect(message.headers.find((header) => header.name === 'X-To')?.value, file).toBe(
        'JEFFREY K. SKILLING (Correo electr\u203anico) <jeff.skilling@enron.com>',
      );
    }
  });

  it('parses all 4,139 messages without a problem, quickly', () => {
    const buffers = filesUnder(root).map((file) => readFileSync(file));
    expect(buffers).toHaveLength(4139);
    const bytes = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
    // Only facts are kept, not the messages, as ingest does: holding 4,139 results would
    // measure the garbage collector rather than the parser.
    const problems: MailMessage['problems'] = [];
    const oddSenders: MailMessage['from'][] = [];
    const ids = new Set<string>();
    let attachments = 0;
    let htmlBodies = 0;
    let textBytes = 0;
    const started = performance.now();
    for (const buffer of buffers) {
      const message = parseMailMessage(buffer);
      problems.push(...message.problems);
      if (!message.from[0]?.address.includes('@')) {
        oddSenders.push(message.from);
      }
      ids.add(message.messageId);
      attachments += message.attachments.length;
      htmlBodies += message.html === '' ? 0 : 1;
      textBytes += message.text.length;
    }
    const elapsed = performance.now() - started;
    // Printed, not asserted: timings belong to test/bench (see DESIGN.md).
    console.log(`Enron skilling-j: ${buffers.length} messages, ${(bytes / 1e6).toFixed(1)} MB parsed in ${elapsed.toFixed(0)} ms`);
    expect(problems).toEqual([]);
    // One sender really is written "pep <performance.>" (inbox/223.); every other From has an address.
    expect(oddSenders).toEqual([[{ name: 'pep', address: 'performance.' }]]);
    expect(ids.size).toBe(4139);
    expect([attachments, htmlBodies]).toEqual([0, 0]);
    expect(textBytes).toBeGreaterThan(bytes / 4);
  });
});
