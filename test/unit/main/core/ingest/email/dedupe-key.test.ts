import { describe, expect, it } from 'vitest';
import { emailContentHash } from '../../../../../../main/core/ingest/email/dedupe-key.js';
import type { DedupeInput } from '../../../../../../main/core/ingest/email/dedupe-key.js';

const base: DedupeInput = {
  from: { name: 'Jeff Skilling', address: 'jeff.skilling@enron.com' },
  to: [{ name: '', address: 'a@enron.com' }, { name: '', address: 'b@enron.com' }],
  cc: [],
  bcc: [],
  dateIso: '2001-05-01T02:55:00-07:00',
  dateRaw: 'Tue, 1 May 2001 02:55:00 -0700 (PDT)',
  subject: 'Budget',
  body: 'Line one\nLine two',
  html: '',
  attachmentSha256s: [],
  messageId: '<1@enron>',
};

describe('emailContentHash', () => {
  it('ignores what differs between copies of one message: line ends, spacing, recipient order, zone notation, milliseconds, display names', () => {
    const copy: DedupeInput = {
      ...base,
      from: { name: '', address: 'jeff.skilling@enron.com' },
      to: [...base.to].reverse(),
      dateIso: '2001-05-01T09:55:00.156Z',
      body: 'Line one  \r\n\r\nLine   two\r\n',
    };
    expect(emailContentHash(copy)).toBe(emailContentHash(base));
  });

  it('tells apart messages that differ in what a reader sees', () => {
    const hash = emailContentHash(base);
    expect(emailContentHash({ ...base, body: 'Line one\nLine three' })).not.toBe(hash);
    expect(emailContentHash({ ...base, subject: 'RE: Budget' })).not.toBe(hash);
    expect(emailContentHash({ ...base, dateIso: '2001-05-01T02:56:00-07:00' })).not.toBe(hash);
    expect(emailContentHash({ ...base, bcc: [{ name: '', address: 'c@enron.com' }] })).not.toBe(hash);
    expect(emailContentHash({ ...base, attachmentSha256s: ['f'.repeat(64)] })).not.toBe(hash);
    expect(emailContentHash({ ...base, html: '<p>Line one</p>' })).not.toBe(hash);
  });

  it('leaves the Message-ID out when there is a date, and counts it when there is none', () => {
    expect(emailContentHash({ ...base, messageId: '<2@enron>' })).toBe(emailContentHash(base));
    const undated = { ...base, dateIso: null, dateRaw: '' };
    expect(emailContentHash({ ...undated, messageId: '<2@enron>' })).not.toBe(emailContentHash(undated));
  });
});
