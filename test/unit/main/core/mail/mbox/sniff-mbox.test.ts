import { describe, expect, it } from 'vitest';
import { looksLikeMbox } from '../../../../../../main/core/mail/mbox/sniff-mbox.js';
import { latin1, readMbox } from './mbox-test-helpers.js';

describe('looksLikeMbox', () => {
  it.each([
    ['mbox', 'perceval', 'mbox_iso8859_encoding.mbox'],
    ['mbox', 'aspose-email', 'ExampleMbox.mbox'],
    ['mbox', 'gmail-takeout', 'All mail Including Spam and Trash.mbox'],
    ['mimekit', 'mbox', 'simple.mbox.txt'],
    ['mimekit', 'mbox', 'unmunged.mbox.txt'], // starts with a UTF-8 byte order mark
  ])('recognises %s/%s/%s from its first bytes', async (...parts) => {
    expect(looksLikeMbox((await readMbox(...parts)).subarray(0, 512))).toBe(true);
  });

  it('skips blank lines before the From_ line', () => {
    expect(looksLikeMbox(latin1('\r\n\nFrom - Fri Aug 05 10:57:20 2016\n'))).toBe(true);
    expect(looksLikeMbox(latin1('\u00ef\u00bb\u00bf\nFrom \n'))).toBe(true);
  });

  it('rejects an RFC 822 message, other text and short heads', () => {
    expect(looksLikeMbox(latin1('From: Jane <jane@example.org>\nSubject: hi\n'))).toBe(false);
    expect(looksLikeMbox(latin1('Return-Path: <>\nFrom x Mon Jan  1 00:00:00 2001\n'))).toBe(false);
    expect(looksLikeMbox(latin1(' From x\n'))).toBe(false);
    expect(looksLikeMbox(latin1('from x\n'))).toBe(false);
    expect(looksLikeMbox(latin1('From'))).toBe(false);
    expect(looksLikeMbox(new Uint8Array(0))).toBe(false);
  });
});
