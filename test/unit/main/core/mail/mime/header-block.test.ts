import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeaderBlock } from '../../../../../../main/core/mail/mime/header-block.js';
import { corpusPath } from '../../../../../support/corpus.js';

describe('parseHeaderBlock', () => {
  it('unfolds fields and finds the body after CRLF, LF or mixed line ends', () => {
    for (const eol of ['\r\n', '\n']) {
      const input = Buffer.from(`Subject: one${eol}\ttwo${eol}X-Empty:${eol}To: a@b${eol}${eol}body${eol}`);
      const block = parseHeaderBlock(input);
      expect(block.fields).toEqual([
        { name: 'Subject', value: 'one\ttwo' },
        { name: 'X-Empty', value: '' },
        { name: 'To', value: 'a@b' },
      ]);
      expect(input.toString('latin1', block.bodyStart)).toBe(`body${eol}`);
      expect(block.ending).toBe('blank-line');
    }
    const mixed = Buffer.from('Subject: a\r\n b\nFrom: x@y\r\n\nbody');
    const block = parseHeaderBlock(mixed);
    expect(block.fields.map((field) => field.value)).toEqual(['a b', 'x@y']);
    expect(mixed.toString('latin1', block.bodyStart)).toBe('body');
  });

  it('reads 8-bit values as UTF-8 when valid, else windows-1252 (Enron X-To)', () => {
    const block = parseHeaderBlock(readFileSync(corpusPath('email', 'enron', 'maildir', 'skilling-j', 'notes_inbox', '100.')));
    const xTo = block.fields.find((field) => field.name === 'X-To');
    expect(xTo?.value).toBe('JEFFREY K. SKILLING (Correo electr\u203anico) <jeff.skilling@enron.com>');
    const utf8 = parseHeaderBlock(Buffer.from('From: Jürgen <j@x>\n\n'));
    expect(utf8.fields[0]?.value).toBe('Jürgen <j@x>');
  });

  it('reports a header block that runs to the end of the data', () => {
    const block = parseHeaderBlock(Buffer.from('Subject: only headers\r\nFrom: a@b\r\n'));
    expect(block.ending).toBe('end-of-data');
    expect(block.fields).toHaveLength(2);
  });

  it('ends the block at a line that is not a field and keeps that line as body', () => {
    const input = Buffer.from('Subject: x\nThis is body text: not a header\n');
    const block = parseHeaderBlock(input);
    expect(block.ending).toBe('non-header-line');
    expect(input.toString('latin1', block.bodyStart)).toBe('This is body text: not a header\n');
    expect(block.problems).toHaveLength(1);
  });

  it('joins a fold that lost its leading space when fields follow (Exchange diagnostics)', () => {
    const block = parseHeaderBlock(Buffer.from('X-Diag: 1;AB/cd\r\nEF+gh==\r\nSubject: after\r\n\r\nbody'));
    expect(block.fields).toEqual([
      { name: 'X-Diag', value: '1;AB/cdEF+gh==' },
      { name: 'Subject', value: 'after' },
    ]);
    expect(block.problems).toEqual(['header X-Diag is folded without leading whitespace']);
  });

  it('skips a leading mbox From line when asked, and a byte-order mark', () => {
    const withFrom = Buffer.from('From someone@x Sat Jan  3 01:05:34 1996\nSubject: s\n\n');
    expect(parseHeaderBlock(withFrom, 0, withFrom.length, { skipFromLine: true }).fields).toEqual([{ name: 'Subject', value: 's' }]);
    // In a body part, a first line "From the desk of…" is text, not a separator.
    const part = Buffer.from('From the desk of J. Skilling\n');
    expect(parseHeaderBlock(part).bodyStart).toBe(0);
    expect(parseHeaderBlock(Buffer.from('\ufeffSubject: s\n\n', 'utf8')).fields).toEqual([{ name: 'Subject', value: 's' }]);
  });

  it('parses only the given range', () => {
    const input = Buffer.from('ignored\nContent-Type: text/plain\n\nbody\nmore');
    const block = parseHeaderBlock(input, 8, input.length - 5);
    expect(block.fields).toEqual([{ name: 'Content-Type', value: 'text/plain' }]);
    expect(input.toString('latin1', block.bodyStart, input.length - 5)).toBe('body');
  });
});
