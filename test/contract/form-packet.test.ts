/**
 * Filled-in PDF forms released in full, end to end over the in-memory transport: the IRS form
 * (docs/pdf/pdfjs/prefilled_f1040.pdf), whose fields carry appearances, goes out page for page
 * with "foobar" drawn into its second page; the LibreOffice form (pypdf-samples), whose
 * appearances are empty because it asks viewers to redraw its fields, is drawn from its text,
 * named in the result, and still shows "Alice" and "Bob". The packet passes its checks (a failed check writes no packet).
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import { corpusPath } from '../support/corpus.js';
import { readPdfPages } from '../support/pdf-text.js';
import { connectInMemory, useTestHost } from '../support/test-host.js';

describe('filled-in forms released in full over the in-memory transport', () => {
  const suite = useTestHost(connectInMemory);
  let client: Client;

  beforeAll(async () => {
    client = suite.client;
    const folder = join(suite.dataDir, 'forms');
    await mkdir(folder, { recursive: true });
    await copyFile(corpusPath('docs', 'pdf', 'pdfjs', 'prefilled_f1040.pdf'), join(folder, 'f1040.pdf'));
    await copyFile(corpusPath('docs', 'pdf', 'pypdf-samples', 'libreoffice-form.pdf'), join(folder, 'libreoffice-form.pdf'));
    await client.call('case.create', { path: join(suite.dataDir, 'case'), name: 'Forms', requestTitle: 'Forms filed' });
    expect((await client.call('sources.add', { path: folder, custodian: 'Records office' })).status).toBe('completed');
  });

  it('draws the fields into the pages of a form that can show them, and draws the other from its text', async () => {
    const requestId = (await client.call('requests.list', {}))[0]?.id ?? '';
    const irs = (await client.call('search.query', { query: 'filename:f1040.pdf' })).hits[0]?.id ?? '';
    const libreOffice = (await client.call('search.query', { query: 'filename:libreoffice-form.pdf' })).hits[0]?.id ?? '';
    expect(irs).not.toBe('');
    expect(libreOffice).not.toBe('');
    await client.call('records.code', { requestId, recordIds: [irs, libreOffice], decision: 'release-in-full' });
    const packet = await client.call('packet.build', { requestId, batesPrefix: 'FORM-', order: 'date' });
    expect(packet.drawnFromText).toEqual([libreOffice]);
    expect(packet.verification.pagesRead).toBe(packet.pageCount);
    const text = (await readPdfPages(new Uint8Array(await readFile(packet.path)))).join('\n');
    expect(text).toContain('foobar');
    expect(text).toContain('Alice');
    expect(text).toContain('Bob');
  });
});
