/**
 * parseMailMessage on constructed inputs: MIME semantics, limits and hostile input. The real
 * corpus files are covered in parse-mail-message-corpus.test.ts.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMailMessage } from '../../../../../../main/core/mail/mime/parse-mail-message.js';
import { corpusPath } from '../../../../../support/corpus.js';

const mail = (text: string): Buffer => Buffer.from(text, 'utf8');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('parseMailMessage: headers', () => {
  it('reads the top-level fields and keeps every header in order', () => {
    const message = parseMailMessage(
      mail(
        [
          'From: "Lay, Kenneth" <kenneth.lay@enron.com>',
          'Sender: Assistant <asst@enron.com>',
          'Reply-To: reply@enron.com',
          'To: a@enron.com, B <b@enron.com>',
          'Subject: =?utf-8?Q?R=C3=A9union?=',
          '  budget',
          'To: c@enron.com',
          'Cc: undisclosed-recipients:;',
          'Bcc: d@enron.com',
          'Date: Mon, 14 May 2001 16:39:00 -0700 (PDT)',
          'Message-ID: <123.JavaMail.evans@thyme>',
          'In-Reply-To: <p@x>',
          'References: <o@x>\r\n <p@x>',
          '',
          'Body',
        ].join('\r\n'),
      ),
    );
    expect(message.headers.map((header) => header.name)).toEqual([
      'From', 'Sender', 'Reply-To', 'To', 'Subject', 'To', 'Cc', 'Bcc', 'Date', 'Message-ID', 'In-Reply-To', 'References',
    ]);
    expect(message.headers[4]).toEqual({ name: 'Subject', value: 'Réunion  budget' });
    expect(message.subject).toBe('Réunion  budget');
    expect(message.from).toEqual([{ name: 'Lay, Kenneth', address: 'kenneth.lay@enron.com' }]);
    expect(message.sender).toEqual({ name: 'Assistant', address: 'asst@enron.com' });
    expect(message.replyTo).toEqual([{ name: '', address: 'reply@enron.com' }]);
    expect(message.to.map((address) => address.address)).toEqual(['a@enron.com', 'b@enron.com', 'c@enron.com']);
    expect(message.cc).toEqual([]);
    expect(message.bcc).toEqual([{ name: '', address: 'd@enron.com' }]);
    expect(message.dateRaw).toBe('Mon, 14 May 2001 16:39:00 -0700 (PDT)');
    expect(message.dateIso).toBeNull();
    expect(message.messageId).toBe('<123.JavaMail.evans@thyme>');
    expect(message.inReplyTo).toEqual(['<p@x>']);
    expect(message.references).toEqual(['<o@x>', '<p@x>']);
    expect(message.text).toBe('Body');
    expect(message.html).toBe('');
    expect(message.attachments).toEqual([]);
    expect(message.problems).toEqual([]);
    expect(message.extra).toEqual({});
  });

  it("gives '' and [] for absent fields, and a message id written without brackets", () => {
    const message = parseMailMessage(mail('Message-ID: 42@host\n\nx'));
    expect(message.messageId).toBe('42@host');
    expect(message.subject).toBe('');
    expect(message.dateRaw).toBe('');
    expect(message.from).toEqual([]);
    expect(message.sender).toBeNull();
  });

  it('reports a header-only message and still returns its headers', () => {
    const message = parseMailMessage(mail('Subject: only headers\r\nFrom: a@b.org\r\n'));
    expect(message.subject).toBe('only headers');
    expect(message.text).toBe('');
    expect(message.problems).toEqual([{ part: '', message: 'header block with no body (no blank line after the headers)' }]);
  });
});

describe('parseMailMessage: bodies and attachments', () => {
  it('keeps both alternatives: text/plain in text and text/html in html', () => {
    const message = parseMailMessage(
      mail(
        'Content-Type: multipart/alternative; boundary=alt\n\n--alt\nContent-Type: text/plain; charset=utf-8\n\nplain é\n--alt\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n<p>caf=E9</p>\n--alt--\n',
      ),
    );
    expect(message.text).toBe('plain é');
    expect(message.html).toBe('<p>café</p>');
    expect(message.attachments).toEqual([]);
  });

  it('joins inline text parts with a blank line and makes every other leaf an attachment with its IMAP path', () => {
    const gif = Buffer.from('GIF89a fake image bytes');
    const message = parseMailMessage(
      mail(
        [
          'Content-Type: multipart/mixed; boundary=outer',
          '',
          '--outer',
          'Content-Type: multipart/related; boundary=rel',
          '',
          '--rel',
          'Content-Type: text/html',
          '',
          '<img src="cid:logo@x">',
          '--rel',
          'Content-Type: image/gif',
          'Content-ID: <logo@x>',
          'Content-Disposition: inline',
          'Content-Transfer-Encoding: base64',
          '',
          gif.toString('base64'),
          '--rel--',
          '--outer',
          '',
          'part with no Content-Type is text/plain',
          '--outer',
          'Content-Type: text/plain; name=notes.txt',
          '',
          'named text is a file',
          '--outer',
          'Content-Type: text/plain',
          'Content-Disposition: attachment',
          '',
          'text the sender attached',
          '--outer',
          'Content-Type: application/pdf',
          "Content-Disposition: attachment; filename*=utf-8''%E2%82%AC%20rates.pdf",
          '',
          '%PDF-1.4',
          '--outer--',
          '',
        ].join('\r\n'),
      ),
    );
    expect(message.html).toBe('<img src="cid:logo@x">');
    expect(message.text).toBe('part with no Content-Type is text/plain');
    expect(message.attachments.map((a) => [a.partId, a.filename, a.contentType, a.disposition, a.contentId, a.size])).toEqual([
      ['1.2', '', 'image/gif', 'inline', '<logo@x>', gif.length],
      ['3', 'notes.txt', 'text/plain', '', '', 20],
      ['4', '', 'text/plain', 'attachment', '', 24],
      ['5', '€ rates.pdf', 'application/pdf', 'attachment', '', 8],
    ]);
    const image = message.attachments[0];
    expect(image?.sha256).toBe(sha256(gif));
    expect(Buffer.from(image?.content ?? [])).toEqual(gif);
    expect(message.problems).toEqual([]);
  });

  it('joins several inline text parts with a blank line', () => {
    const message = parseMailMessage(mail('Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\n\ntwo\n--b--\n'));
    expect(message.text).toBe('one\n\ntwo');
  });

  it('parses message/rfc822 into the attachment, not into the parent text', () => {
    const message = parseMailMessage(
      mail(
        'Subject: outer\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nouter text\n--b\nContent-Type: message/rfc822\n\nSubject: inner\nFrom: in@x.org\nContent-Type: multipart/mixed; boundary=c\n\n--c\n\ninner text\n--c\nContent-Type: application/octet-stream\n\nbytes\n--c--\n--b--\n',
      ),
    );
    expect(message.text).toBe('outer text');
    const forwarded = message.attachments[0];
    expect(forwarded?.partId).toBe('2');
    expect(forwarded?.contentType).toBe('message/rfc822');
    expect(forwarded?.message?.subject).toBe('inner');
    expect(forwarded?.message?.text).toBe('inner text');
    expect(forwarded?.message?.attachments.map((a) => a.partId)).toEqual(['2.2']);
    expect(message.attachments).toHaveLength(1);
  });

  it('reads multipart/digest parts without Content-Type as messages', () => {
    const message = parseMailMessage(mail('Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: first\n\none\n--d\n\nSubject: second\n\ntwo\n--d--\n'));
    expect(message.attachments.map((a) => [a.partId, a.contentType, a.message?.subject])).toEqual([
      ['1', 'message/rfc822', 'first'],
      ['2', 'message/rfc822', 'second'],
    ]);
  });

  it('numbers a single non-text body as part 1', () => {
    const message = parseMailMessage(mail('Content-Type: application/zip; name=a.zip\nContent-Transfer-Encoding: base64\n\nUEsDBA==\n'));
    expect(message.attachments.map((a) => [a.partId, a.filename, a.size])).toEqual([['1', 'a.zip', 4]]);
  });

  it('lists the files inside a winmail.dat, by type or by name', () => {
    const tnef = readFileSync(corpusPath('email', 'mimekit', 'tnef', 'two-files.tnef'));
    const encoded = tnef.toString('base64').replace(/.{76}/g, '$&\n');
    const byType = parseMailMessage(mail(`Content-Type: application/ms-tnef\nContent-Transfer-Encoding: base64\n\n${encoded}\n`));
    expect(byType.attachments[0]?.containedNames).toEqual(['AUTHORS', 'README']);
    expect(byType.attachments[0]?.sha256).toBe(sha256(tnef));
    const byName = parseMailMessage(
      mail(`Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="WINMAIL.DAT"\nContent-Transfer-Encoding: base64\n\n${encoded}\n`),
    );
    expect(byName.attachments[0]?.containedNames).toEqual(['AUTHORS', 'README']);
  });

  it('decodes x-uuencode parts and takes an HTML charset from its meta tag', () => {
    const message = parseMailMessage(
      Buffer.concat([
        mail('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 hi.txt\n"2&D\n`\nend\n--b\nContent-Type: text/html\n\n<meta charset="windows-1251">'),
        Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
        mail('\n--b--\n'),
      ]),
    );
    expect(Buffer.from(message.attachments[0]?.content ?? []).toString()).toBe('Hi');
    expect(message.html).toBe('<meta charset="windows-1251">Привет');
  });

  it('keeps size and sha256 but drops content above keepContentUpTo', () => {
    const body = Buffer.alloc(1000, 0x41);
    const input = mail(`Content-Type: application/octet-stream\n\n${body.toString('latin1')}`);
    const message = parseMailMessage(input, { keepContentUpTo: 999 });
    expect(message.attachments[0]?.content).toBeNull();
    expect(message.attachments[0]?.size).toBe(1000);
    expect(message.attachments[0]?.sha256).toBe(sha256(body));
  });

  it('handles CRLF and LF mixed within one message', () => {
    const message = parseMailMessage(
      mail('Subject: mixed\r\nContent-Type: multipart/mixed; boundary=m\r\n\n--m\r\nContent-Type: text/plain\n\r\nline one\r\nline two\n--m\nContent-Type: application/octet-stream\r\n\r\nabc\r\n--m--\n'),
    );
    expect(message.subject).toBe('mixed');
    expect(message.text).toBe('line one\r\nline two');
    expect(message.attachments.map((a) => a.size)).toEqual([3]);
    expect(message.problems).toEqual([]);
  });
});

describe('parseMailMessage: damaged input', () => {
  it('keeps the last part when the closing boundary is missing', () => {
    const message = parseMailMessage(mail('Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\nContent-Type: text/plain\n\nunfinished'));
    expect(message.text).toBe('first\n\nunfinished');
    expect(message.problems).toEqual([{ part: '', message: 'missing closing boundary "--b--"; the last part runs to the end' }]);
  });

  it('reads the body as text when the boundary is never found', () => {
    const message = parseMailMessage(mail('Content-Type: multipart/mixed; boundary=nowhere\n\nplain words\n'));
    expect(message.text).toBe('plain words\n');
    expect(message.problems[0]?.message).toMatch(/boundary "nowhere" never found/);
  });

  it('reports bytes after the closing boundary', () => {
    const message = parseMailMessage(mail('Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\nstray text\n'));
    expect(message.problems).toEqual([{ part: '', message: '11 bytes after the closing boundary were ignored' }]);
  });

  it('decodes what it can of garbage base64 and says so', () => {
    const message = parseMailMessage(
      mail('Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBO!!Rw0K ~~ GgoA\n--b--\n'),
    );
    expect(message.attachments[0]?.size).toBe(9);
    expect(message.problems).toEqual([{ part: '1', message: 'broken base64: 4 invalid characters skipped' }]);
  });

  it('names an unknown charset and falls back to UTF-8 or windows-1252', () => {
    const message = parseMailMessage(Buffer.concat([mail('Content-Type: text/plain; charset=x-elvish\n\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]));
    expect(message.text).toBe('café');
    expect(message.problems).toEqual([{ part: '1', message: 'unknown charset "x-elvish"; read as windows-1252' }]);
  });

  it('survives 1,000 levels of nested multiparts quickly and says where it stopped', () => {
    let open = 'Subject: deep\r\n';
    let close = '';
    for (let i = 0; i < 1000; i++) {
      open += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
      close = `\r\n--b${i}--\r\n${close}`;
    }
    const started = performance.now();
    const message = parseMailMessage(mail(`${open}Content-Type: text/plain\r\n\r\nbottom${close}`));
    // Linear work takes milliseconds; quadratic work on 1,000 levels would take minutes. The bound is loose for loaded CI machines.
    expect(performance.now() - started).toBeLessThan(10_000);
    const where = Array.from({ length: 100 }, () => '1').join('.');
    expect(message.problems).toContainEqual({ part: where, message: `nested deeper than 100 levels at part ${where}; kept unparsed` });
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]?.contentType).toBe('multipart/mixed');
  });

  it('survives 1,000 levels of nested message/rfc822 quickly', () => {
    let input = '';
    for (let i = 0; i < 1000; i++) {
      input += `Subject: level ${i}\r\nContent-Type: message/rfc822\r\n\r\n`;
    }
    const started = performance.now();
    const message = parseMailMessage(mail(`${input}Subject: bottom\r\n\r\ntext`));
    // Linear work takes milliseconds; quadratic work on 1,000 levels would take minutes. The bound is loose for loaded CI machines.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(message.problems).toHaveLength(1);
    expect(message.problems[0]?.message).toMatch(/^nested deeper than 100 levels at part 1(\.1){100}; message kept unparsed$/);
    let depth = 0;
    for (let current = message.attachments[0]?.message; current; current = current.attachments[0]?.message) {
      depth++;
    }
    expect(depth).toBe(100);
  });

  it('honours maxDepth and maxParts', () => {
    const nested = mail('Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\ndeep\n--b--\n--a--\n');
    expect(parseMailMessage(nested, { maxDepth: 1 }).problems[0]?.message).toBe('nested deeper than 1 levels at part 1; kept unparsed');
    const many = mail(`Content-Type: multipart/mixed; boundary=b\n\n${'--b\n\nx\n'.repeat(50)}--b--\n`);
    const limited = parseMailMessage(many, { maxParts: 10 });
    expect(limited.problems).toContainEqual({ part: '', message: 'more than 10 parts; the rest of the message was not read' });
    expect(limited.text.split('\n\n')).toHaveLength(9);
  });

  it('never throws on random bytes or on any truncation of a real message', () => {
    let seed = 20240601;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.alloc(1 + Math.floor(random() * 4000));
      for (let i = 0; i < bytes.length; i++) {
        // Bias towards the bytes MIME cares about so that the parser's branches are exercised.
        bytes[i] = random() < 0.3 ? (Buffer.from('-\r\n:=?<>"@;')[Math.floor(random() * 11)] ?? 0) : Math.floor(random() * 256);
      }
      expect(() => parseMailMessage(bytes)).not.toThrow();
    }
    const real = readFileSync(corpusPath('email', 'mimekit', 'messages', 'rfc2060.txt'));
    for (let end = 0; end <= real.length; end += 7) {
      expect(() => parseMailMessage(real.subarray(0, end))).not.toThrow();
    }
    expect(parseMailMessage(new Uint8Array(0)).problems).toEqual([]);
  });
});
