import { describe, expect, it } from 'vitest';
import { classifyFromLine, isSeparator, startsWithHeaderField } from '../../../../../../main/core/mail/mbox/from-line.js';
import { latin1 } from './mbox-test-helpers.js';

const context = (overrides: Partial<{ atFileStart: boolean; blankBefore: boolean; headerNext: boolean }> = {}) => ({
  atFileStart: false,
  blankBefore: false,
  headerNext: false,
  ...overrides,
});

describe('classifyFromLine', () => {
  it('reads the dated separators of real writers', () => {
    // Text after "From ", as found in the corpus files and the formats' documentation.
    expect(classifyFromLine('- Fri Aug 05 10:57:20 2016')).toBe('dated'); // Thunderbird
    expect(classifyFromLine('1789175065060252787@xxx Fri Jan 26 17:31:47 +0000 2024')).toBe('dated'); // Gmail Takeout
    expect(classifyFromLine('user at host.org  Tue Mar  1 10:00:00 2016')).toBe('dated'); // pipermail
    expect(classifyFromLine('MAILER-DAEMON Fri Jul  8 12:08:34 2011')).toBe('dated');
    expect(classifyFromLine('luc\u00edacharlie at wellsfargo.com  Mon Nov  7 18:44:27 2016')).toBe('dated'); // Latin-1 byte
    expect(classifyFromLine('christian at \u00e2\u0080\u009cexample.org\u00e2\u0080\u009d  Thu Jan 15 13:22:25 2015')).toBe('dated'); // UTF-8 curly quotes read as latin1
    expect(classifyFromLine('jwz  Fri Jul  1 09:13:09 1994 PST')).toBe('dated');
    expect(classifyFromLine('jwz  Fri, Jul 01 09:13:09 1994')).toBe('dated');
    expect(classifyFromLine('foo@bar.example Sat, 3 Jan 1996 01:05:34 +0000')).toBe('dated');
    expect(classifyFromLine('Sat Jan  3 01:05:34 1996')).toBe('dated'); // qmail's example, empty sender
  });

  it('calls a dateless single dash, address, MAILER-DAEMON or nothing bare', () => {
    expect(classifyFromLine('-')).toBe('bare');
    expect(classifyFromLine('- ')).toBe('bare');
    expect(classifyFromLine('1844347792267117879@xxx')).toBe('bare');
    expect(classifyFromLine('MAILER-DAEMON')).toBe('bare');
    expect(classifyFromLine('')).toBe('bare'); // Got Your Back
  });

  it('calls body sentences prose, even with a time or a month in them', () => {
    expect(classifyFromLine('the desk of the Director')).toBe('prose');
    expect(classifyFromLine('Russia with love')).toBe('prose');
    expect(classifyFromLine('here on, you can continue')).toBe('prose');
    expect(classifyFromLine('Mon to Fri we open at 9:00')).toBe('prose');
    expect(classifyFromLine('Jane')).toBe('prose');
    expect(classifyFromLine('Tuesday Mar 1 10:00 onwards')).toBe('prose');
  });
});

describe('isSeparator', () => {
  it('takes any "From " line at the start of the file', () => {
    expect(isSeparator('prose', context({ atFileStart: true }))).toBe(true);
  });
  it('takes a dated line after a blank line or before a header field', () => {
    expect(isSeparator('dated', context({ blankBefore: true }))).toBe(true);
    expect(isSeparator('dated', context({ headerNext: true }))).toBe(true);
    expect(isSeparator('dated', context())).toBe(false);
  });
  it('takes a bare line only before a header field, blank line or not', () => {
    expect(isSeparator('bare', context({ headerNext: true }))).toBe(true);
    expect(isSeparator('bare', context({ blankBefore: true }))).toBe(false);
  });
  it('never takes prose after the first line', () => {
    expect(isSeparator('prose', context({ blankBefore: true, headerNext: true }))).toBe(false);
  });
});

describe('startsWithHeaderField', () => {
  it('recognises field names, also with blanks before the colon', () => {
    expect(startsWithHeaderField(latin1('X-Mozilla-Status: 0001\n'), 0)).toBe(true);
    expect(startsWithHeaderField(latin1('xx\nSubject : hi\n'), 3)).toBe(true);
    expect(startsWithHeaderField(latin1('Return-Path:<>'), 0)).toBe(true);
  });
  it('rejects body text and empty names', () => {
    expect(startsWithHeaderField(latin1('Dear all: hello\n'), 0)).toBe(false);
    expect(startsWithHeaderField(latin1(': x\n'), 0)).toBe(false);
    expect(startsWithHeaderField(latin1('\n'), 0)).toBe(false);
    expect(startsWithHeaderField(latin1('Name \n'), 0)).toBe(false);
  });
  it('says null while the line may still become a field', () => {
    expect(startsWithHeaderField(latin1('X-Mozilla-Sta'), 0)).toBeNull();
    expect(startsWithHeaderField(latin1('Subject  '), 0)).toBeNull();
    expect(startsWithHeaderField(latin1(''), 0)).toBeNull();
    expect(startsWithHeaderField(latin1('x'.repeat(1200)), 0)).toBe(false);
  });
});
