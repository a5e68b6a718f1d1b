import { describe, expect, it } from 'vitest';
import { gmailLabels } from '../../../../../../main/core/ingest/email/gmail-labels.js';

describe('gmailLabels', () => {
  it('splits X-Gmail-Labels on commas outside quotes', () => {
    expect(gmailLabels([{ name: 'X-Gmail-Labels', value: 'Inbox,"Projects, 2021",Category Updates,Unread' }])).toEqual([
      'Inbox',
      'Projects, 2021',
      'Category Updates',
      'Unread',
    ]);
  });

  it('gives nothing without the header', () => {
    expect(gmailLabels([{ name: 'Subject', value: 'x' }])).toEqual([]);
  });
});
