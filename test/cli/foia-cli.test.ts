/**
 * The CLI path a records officer would script: case init → ingest → search → tag → packet →
 * audit verify, on real Enron mail, with exit codes checked.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/foia-program.js';
import { EXIT } from '../../main/cli/exit-codes.js';
import type { SearchResult } from '../../shared/model/search.js';
import { REPO_ROOT, corpusPath, tempFolder } from '../support/corpus.js';
import { readPdfPages } from '../support/pdf-text.js';

const FISCHER = corpusPath('email', 'enron', 'maildir', 'fischer-m');

async function foia(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), interactive: false }, { appRoot: REPO_ROOT, actor: 'cli-test' });
  return { code, out, err };
}

describe('foia CLI', () => {
  let dir: { path: string; cleanup(): Promise<void> };
  let casePath: string;
  beforeAll(async () => {
    dir = await tempFolder();
    casePath = join(dir.path, 'case');
  });
  afterAll(async () => dir.cleanup());

  it('runs case init → ingest → search → tag → packet → audit verify', async () => {
    expect(await foia('case', 'init', casePath, '--name', 'CLI case', '--request', 'NREL disk')).toMatchObject({ code: EXIT.ok });

    const ingested = await foia('ingest', FISCHER, '--case', casePath, '--custodian', 'Mark Fischer');
    expect(ingested.code).toBe(EXIT.ok);
    expect(ingested.out).toContain('2 new records');

    const again = await foia('ingest', FISCHER, '--case', casePath, '--custodian', 'Mark Fischer');
    expect(again.out).toContain('nothing changed');

    const search = await foia('search', 'disclaimer', '--case', casePath, '--json');
    expect(search.code).toBe(EXIT.ok);
    const result = JSON.parse(search.out) as SearchResult;
    expect(result.total).toBe(1);
    const recordId = result.hits[0]?.id ?? '';

    expect(await foia('search', 'disclaimer', '--case', casePath)).toMatchObject({ code: EXIT.ok, out: expect.stringContaining('[Disclaimer]') });

    expect(await foia('code', recordId, '--case', casePath, '--decision', 'release-in-full', '--note', 'about the disk')).toMatchObject({ code: EXIT.ok });

    const out = join(dir.path, 'packets');
    const packet = await foia('packet', '--case', casePath, '--prefix', 'CLI-', '--out', out, '--json');
    expect(packet.code).toBe(EXIT.ok);
    const built = JSON.parse(packet.out) as { path: string; folder: string; manifestPath: string };
    expect(built.folder.startsWith(out)).toBe(true);
    // A second build is a second packet in a folder of its own: a released packet is never replaced.
    const repeated = await foia('packet', '--case', casePath, '--prefix', 'CLI-', '--out', out, '--json');
    expect(repeated.code).toBe(EXIT.ok);
    expect((JSON.parse(repeated.out) as { folder: string }).folder).not.toBe(built.folder);
    expect((await foia('packet', '--case', casePath, '--prefix', 'CLI-', '--out', join(casePath, 'sources'))).code).toBe(EXIT.usage);
    const pages = await readPdfPages(new Uint8Array(await readFile(built.path)));
    expect(pages[0]).toContain('CLI-000001');
    expect(pages.join('\n')).toContain('Distribution Disclaimer');
    expect(JSON.parse(await readFile(built.manifestPath, 'utf8'))).toMatchObject({ batesFirst: 'CLI-000001', records: [{ recordId, decision: 'release-in-full' }] });

    const verified = await foia('audit', 'verify', '--case', casePath);
    expect(verified).toMatchObject({ code: EXIT.ok, out: expect.stringContaining('intact') });
  });

  it('ingests a chat export in the zone and order the officer names, re-reads it when they change, and refuses an unknown zone', async () => {
    const chatCase = join(dir.path, 'chat-case');
    const chat = corpusPath('chat', 'whatsapp', 'language-whatsapp');
    expect((await foia('case', 'init', chatCase, '--name', 'Chat case')).code).toBe(EXIT.ok);
    const base = ['ingest', chat, '--case', chatCase, '--custodian', 'Alice', '--channel', 'personal-chat'];
    const first = await foia(...base, '--time-zone', 'Europe/London', '--json');
    expect(first.code).toBe(EXIT.ok);
    expect(JSON.parse(first.out)).toMatchObject({ recordsAdded: 13, source: { options: { timeZone: 'Europe/London', dateOrder: 'auto' } } });
    const dates = async () => {
      const found = JSON.parse((await foia('search', '', '--case', chatCase, '--json', '--limit', '50')).out) as SearchResult;
      return found.hits.map((hit) => hit.date ?? '').sort();
    };
    expect((await dates())[0]).toMatch(/^2020-11-02T/);
    // Month first instead: every message is read again and lands on 11 February.
    const reread = await foia(...base, '--time-zone', 'Europe/London', '--date-order', 'mdy', '--json');
    expect(JSON.parse(reread.out)).toMatchObject({ alreadyPresent: false, source: { options: { dateOrder: 'mdy' } } });
    expect(await dates()).toSatisfy((all: string[]) => all.length === 13 && all.every((date) => date.startsWith('2020-02-11T')));
    const unknownZone = await foia(...base, '--time-zone', 'Mars/Olympus');
    expect(unknownZone.code).toBe(EXIT.usage);
    expect(unknownZone.err).toContain('Mars/Olympus');
    const noMapping = await foia(...base, '--chat-mapping', join(dir.path, 'missing.json'));
    expect(noMapping.code).not.toBe(EXIT.ok);
    expect(noMapping.err).toContain('missing.json');
  });

  it('exits 7 and names the first altered line when audit.jsonl was edited', async () => {
    const auditPath = join(casePath, 'audit.jsonl');
    const lines = (await readFile(auditPath, 'utf8')).split('\n');
    lines[1] = (lines[1] ?? '').replace('NREL disk', 'Something else');
    await writeFile(auditPath, lines.join('\n'));
    const verified = await foia('audit', 'verify', '--case', casePath);
    expect(verified.code).toBe(EXIT.auditFailed);
    expect(verified.out).toContain('ALTERED at line 2');
  });

  it('gives meaningful exit codes for usage errors and missing cases', async () => {
    expect((await foia('search', 'x', '--case', join(dir.path, 'nowhere'))).code).toBe(EXIT.notFound);
    expect((await foia('tag', 'r_1234567890abcdef', '--case', casePath)).code).toBe(EXIT.usage);
    expect((await foia('frobnicate')).code).toBe(EXIT.usage);
    const missing = await foia('ingest', join(dir.path, 'no-such-folder'), '--case', casePath, '--custodian', 'X');
    expect(missing.code).toBe(EXIT.notFound);
    expect(missing.err).toContain('no-such-folder');
  });

  it('reads a scanned brochure with OCR, offline, so that its words are found; a second run has nothing left to read', { timeout: 120_000 }, async () => {
    const scanCase = join(dir.path, 'scan-case');
    const scans = join(dir.path, 'scans');
    await mkdir(scans, { recursive: true });
    await copyFile(corpusPath('docs', 'pdf', 'ocrmypdf', 'linn.pdf'), join(scans, 'linn.pdf'));
    expect((await foia('case', 'init', scanCase, '--name', 'Scan case')).code).toBe(EXIT.ok);
    expect((await foia('ingest', scans, '--case', scanCase, '--custodian', 'Records office', '--channel', 'documents')).code).toBe(EXIT.ok);
    expect(JSON.parse((await foia('search', 'polyphonic', '--case', scanCase, '--json')).out)).toMatchObject({ total: 0 });
    const sources = async () => JSON.parse((await foia('sources', '--case', scanCase, '--json')).out) as Array<{ id: string; ocrLang: string }>;
    const [source] = await sources();
    expect(source?.ocrLang).toBe('eng');
    // A language kept for a source is checked before anything is read.
    expect((await foia('ocr', '--case', scanCase, '--source-lang', 'french')).code).toBe(EXIT.usage);
    expect((await foia('ocr', '--case', scanCase, '--lang', 'rus')).code).toBe(EXIT.usage);
    expect((await foia('ocr', '--case', scanCase, '--source-lang', 's_0123456789abcdef=fra')).code).toBe(EXIT.notFound);
    // Script detection for the source: OSD finds Latin script, read in English.
    const read = await foia('ocr', '--case', scanCase, '--source-lang', `${source?.id}=auto`);
    expect(read).toMatchObject({
      code: EXIT.ok,
      out: expect.stringMatching(/^Source s_\w+: OCR language set to auto \(Detect script \(Arabic, Chinese\), else English\); pages already read keep their text\.\nRead 1 page\(s\) with OCR \(0 read before\); 0 page\(s\) still without text\./),
    });
    expect((await sources())[0]?.ocrLang).toBe('auto');
    expect(JSON.parse((await foia('search', 'polyphonic', '--case', scanCase, '--json')).out)).toMatchObject({ total: 1 });
    expect((await foia('ocr', '--case', scanCase)).out).toMatch(/^Read 0 page\(s\) with OCR/);
  });
});
