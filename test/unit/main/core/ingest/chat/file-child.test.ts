/**
 * How the files a chat message carries inline (MMS parts) are numbered as its children: reading
 * one back (review/sms-part-bytes.ts) finds it by the same number, so the two must agree.
 */
import { describe, expect, it } from 'vitest';
import { emptyChatItem, type ChatInlineFile } from '../../../../../../main/core/chat/chat-message.js';
import type { ExtractedItem } from '../../../../../../main/core/ingest/adapter.js';
import { chatRecords } from '../../../../../../main/core/ingest/chat/chat-items.js';
import { inlinePartPaths } from '../../../../../../main/core/ingest/chat/file-child.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const FILES: ChatInlineFile[] = [
  { name: 'broken.png', mimeType: 'image/png', content: null },
  { name: 'first.png', mimeType: 'image/png', content: bytes('png') },
  { name: 'too-big.jpg', mimeType: 'image/jpeg', content: null },
  { name: 'second.gif', mimeType: 'image/gif', content: bytes('gif') },
];

describe('inlinePartPaths', () => {
  it('numbers only the files with bytes, in order', () => {
    expect(inlinePartPaths(FILES)).toEqual([null, '1', null, '2']);
    expect(inlinePartPaths([])).toEqual([]);
  });

  it('is the numbering chat records give their children, each file without bytes an error', async () => {
    const items: ExtractedItem[] = [];
    const run = chatRecords([{ ...emptyChatItem(), locator: 'mms[3]', text: 'Two photos', inlineFiles: FILES }], { platform: 'sms', fallbackConversation: '', media: null });
    for (let next = await run.next(); next.done !== true; next = await run.next()) {
      items.push(next.value);
    }
    const [record] = items.flatMap((item) => (item.type === 'record' ? [item.record] : []));
    expect(record?.children.map((child) => [child.locator, child.filename])).toEqual([
      ['mms[3] part 1', 'first.png'],
      ['mms[3] part 2', 'second.gif'],
    ]);
    const errors = items.flatMap((item) => (item.type === 'problem' ? [`${item.severity} ${item.locator}: ${item.message}`] : []));
    expect(errors).toEqual([
      'error mms[3]: "broken.png" is named in the export but its data could not be read',
      'error mms[3]: "too-big.jpg" is named in the export but its data could not be read',
    ]);
  });
});
