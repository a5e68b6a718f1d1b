/**
 * The eml adapter on real messages: Enron maildir files (no extension, CRLF, zones with
 * comments, 8-bit header bytes) and CPython's email test messages (saved as .txt).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ExtractedItem, ExtractedRecord } from '../../main/core/ingest/adapter.js';
import { ADAPTERS, chooseAdapter } from '../../main/core/ingest/registry.js';
import { corpusPath } from '../support/corpus.js';
import { NEUTRAL_READ_OPTIONS } from '../../shared/model/case.js';

async function extract(path: string): Promise<{ records: ExtractedRecord[]; warnings: ExtractedItem[] }> {
  const bytes = new Uint8Array(await readFile(path));
  const name = path.split('/').pop() ?? path;
  const adapter = chooseAdapter(name, bytes.subarray(0, 8192));
  expect(adapter?.id).toBe('eml');
  const extractor = await (adapter ?? ADAPTERS[0])!.load();
  const items: ExtractedItem[] = [];
  const input = { absolutePath: path, relativePath: name, size: bytes.length, preloaded: null, resume: '', modifiedMs: 0, options: NEUTRAL_READ_OPTIONS, custodian: 'Custodian', signal: new AbortController().signal, onBytes: () => undefined };
  for await (const item of extractor.extract(input)) {
    items.push(item);
  }
  return {
    records: items.flatMap((item) => (item.type === 'record' ? [item.record] : [])),
    warnings: items.filter((item) => item.type === 'problem'),
  };
}

describe('eml adapter', () => {
  it('reads an Enron maildir file: sender, recipients, zone-preserving date, body', async () => {
    const { records, warnings } = await extract(corpusPath('email', 'enron', 'maildir', 'fischer-m', 'all_documents', '1.'));
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'email',
      title: 'Distribution Disclaimer',
      // From holds only the address; the display name comes from X-From.
      from: { name: 'Mark Fisher', address: 'mark.fisher@enron.com' },
      to: [{ name: '', address: 'jeff.duff@enron.com' }],
      messageId: '<13697523.1075840441043.JavaMail.evans@thyme>',
      dateRaw: 'Tue, 1 May 2001 02:55:00 -0700 (PDT)',
      dateIso: '2001-05-01T02:55:00-07:00',
    });
    expect(records[0]?.body).toContain('intended for the exclusive use of NREL');
    expect(records[0]?.body).not.toContain('\r');
  });

  it('recognises a message whose headers run past the sniffing window (skilling-j all_documents/1521.)', async () => {
    const { records } = await extract(corpusPath('email', 'enron', 'maildir', 'skilling-j', 'all_documents', '1521.'));
    expect(records[0]?.from?.address).toBe('outlook.team@enron.com');
    expect(records[0]?.to.length).toBeGreaterThan(40);
  });

  it('survives raw 8-bit bytes in headers (skilling-j deleted_items/346.)', async () => {
    const { records } = await extract(corpusPath('email', 'enron', 'maildir', 'skilling-j', 'deleted_items', '346.'));
    expect(records[0]).toMatchObject({ title: 'Crisis in Enron Japan', dateIso: '2001-06-16T00:40:50-07:00' });
  });

  it('sniffs RFC 822 messages saved as .txt and keeps display names', async () => {
    const { records } = await extract(corpusPath('email', 'python-email', 'msg_01.txt'));
    expect(records[0]).toMatchObject({ from: { name: 'John X. Doe', address: 'bbb@ddd.com' }, dateIso: '2001-05-04T14:05:44-04:00' });
  });

  it('keeps the text part of a message that carries an attachment', async () => {
    const { records } = await extract(corpusPath('email', 'python-email', 'msg_13.txt'));
    expect(records[0]?.body).toContain('This is the dingus fish.');
  });

  it('marks a message with no subject and no date honestly', async () => {
    const { records } = await extract(corpusPath('email', 'python-email', 'msg_23.txt'));
    expect(records[0]).toMatchObject({ title: '(no subject)', dateIso: null, dateRaw: '' });
  });
});
