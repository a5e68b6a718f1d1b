/**
 * OCR of a photo sent by MMS, through the backend as the app drives it: the SMS Backup & Restore
 * file is added as a source, its image part is listed as waiting, and an OCR run reads the part
 * back from the XML (review/sms-part-bytes.ts) and gives it an outcome. One 1×1 image from the
 * corpus (sms-backup-restore-parser/minimal_mms.xml), so the run is quick.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import { corpusPath } from '../support/corpus.js';
import { connectInMemory, useTestHost } from '../support/test-host.js';

describe('OCR of an MMS photo in an SMS backup', () => {
  const suite = useTestHost(connectInMemory);
  let client: Client;

  beforeAll(async () => {
    client = suite.client;
    await mkdir(join(suite.dataDir, 'phone'), { recursive: true });
    await copyFile(corpusPath('chat', 'sms', 'sms-backup-restore-parser', 'minimal_mms.xml'), join(suite.dataDir, 'phone', 'minimal_mms.xml'));
  });

  it('lists the image part as waiting and reads it back from the XML in an OCR run', { timeout: 90_000 }, async () => {
    await client.call('case.create', { path: join(suite.dataDir, 'case'), name: 'Phone' });
    expect((await client.call('sources.add', { path: join(suite.dataDir, 'phone'), custodian: 'Alice Smith' })).status).toBe('completed');
    expect(await client.call('ocr.status', {})).toMatchObject({ pagesWaiting: 1, recordsWaiting: 1, errors: [] });
    // Before MMS parts could be read back, this was an error: "not available … not read back".
    expect(await client.call('ocr.run', {})).toMatchObject({ pagesRead: 1, pagesWaiting: 0, recordsWaiting: 0, pagesDone: 1, errors: [], unreadable: [] });
  });
});
