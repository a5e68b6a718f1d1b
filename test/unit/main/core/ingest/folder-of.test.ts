import { describe, expect, it } from 'vitest';
import { folderOf } from '../../../../../main/core/ingest/folder-of.js';

describe('folderOf', () => {
  it.each([
    ['inbox/genie/12.', false, 'inbox/genie'],
    ['skilling-j/sent/3.', false, 'skilling-j/sent'],
    ['12.', false, ''],
    ['Sent/cur/1234.M5P6.host:2,S', false, 'Sent'],
    ['new/1234.M5P6.host', false, ''],
    ['.Archive.2021/cur/1234.host:2,S', false, 'Archive/2021'],
    ['Inbox.sbd/Projects', true, 'Inbox/Projects'],
    ['Takeout/Mail/All mail Including Spam and Trash.mbox', true, 'Takeout/Mail/All mail Including Spam and Trash'],
    ['simple.mbox.txt', true, 'simple'],
  ])('%s → %s', (path, isFolder, folder) => {
    expect(folderOf(path, isFolder)).toBe(folder);
  });
});
