import { describe, expect, it } from 'vitest';
import { childLine, custodiansText, locationOwner, locationsHeading, threadNote } from '../../../../renderer/state/record-view.js';
import { location, summary } from './fixtures.js';

describe('record view', () => {
  it('counts the places copies were found', () => {
    expect(locationsHeading(1)).toBe('Found in 1 place');
    expect(locationsHeading(3)).toBe('Found in 3 places');
  });

  it('lists every custodian holding a copy', () => {
    expect(custodiansText(summary('r_00000001', { custodians: ['Pat Doe', 'Sam Roe'] }))).toBe('Pat Doe, Sam Roe');
    expect(custodiansText(summary('r_00000001', { custodian: 'Pat Doe', custodians: [] }))).toBe('Pat Doe');
  });

  it('names a copy’s owner and folder', () => {
    expect(locationOwner(location({ custodian: 'Pat Doe', folder: 'Inbox/Projects' }))).toBe('Pat Doe · Inbox/Projects');
    expect(locationOwner(location({ custodian: 'Pat Doe', folder: '' }))).toBe('Pat Doe');
    expect(locationOwner(location({ custodian: '', folder: '' }))).toBe('Unknown custodian');
  });

  it('says when a reply’s parent is missing from the collection, and on what basis', () => {
    expect(threadNote({ threadParent: 'none', threadBasis: 'none' })).toBeNull();
    expect(threadNote({ threadParent: 'missing', threadBasis: 'headers' })).toBe('Reply — parent message not in the collection');
    expect(threadNote({ threadParent: 'missing', threadBasis: 'subject' })).toBe('Reply — parent message not in the collection (by subject)');
    expect(threadNote({ threadParent: 'present', threadBasis: 'headers' })).toBe('Reply to a message in the collection');
  });

  it('describes children: attachments by file, type and size; attached emails by subject', () => {
    const pdf = summary('r_0000000a', { kind: 'attachment', title: 'budget.pdf' });
    expect(childLine(pdf, { filename: 'budget.pdf', mimeType: 'application/pdf', sizeBytes: 2048 })).toEqual({ name: 'budget.pdf', detail: 'application/pdf · 2.0 KB' });
    // Before the family facts arrive, the summary's title and kind stand in.
    expect(childLine(pdf, undefined)).toEqual({ name: 'budget.pdf', detail: 'Attachment' });
    const forwarded = summary('r_0000000b', { kind: 'email', title: 'Fwd: schedule', childCount: 2 });
    expect(childLine(forwarded, { filename: 'schedule.eml', mimeType: 'message/rfc822', sizeBytes: 100 })).toEqual({
      name: 'Fwd: schedule',
      detail: 'Attached email · 100 bytes · 2 parts inside',
    });
  });
});
