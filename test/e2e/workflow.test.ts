/**
 * The officer's path through the real app in Chromium, against the real backend in browser
 * mode: create a case → add a folder from the corpus → search → mark responsive → build the
 * packet; then the packet PDF is read back to check its Bates numbers and its records.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../support/corpus.js';
import { readPdfPages } from '../support/pdf-text.js';
import { ChatTranscript } from './pages/chat-transcript.js';
import { PacketPanel } from './pages/packet-panel.js';
import { RecordViewer } from './pages/record-viewer.js';
import { SearchPage } from './pages/search-page.js';
import { SourcesPanel } from './pages/sources-panel.js';
import { StartPage } from './pages/start-page.js';
import { useBrowserMode } from './support/browser-mode.js';

const BAILEY = corpusPath('email', 'enron', 'maildir', 'bailey-s');

describe('browser mode, end to end', () => {
  const session = useBrowserMode();

  it('creates a case, ingests mail, finds it, codes it and produces a Bates-numbered packet', { timeout: 180_000 }, async () => {
    const app = session();
    const { page } = app;
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'e2e-case'), 'E2E case');

    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(BAILEY, 'Sally Bailey')).toBe('completed');
    // 478 files; 17 are copies of messages filed in another folder too (MANIFEST), reviewed once.
    expect(await sources.sourceRecordCounts()).toEqual(['461']);
    expect(await sources.reportFields()).toMatchObject({ Duplicates: expect.stringContaining('17') });

    const search = new SearchPage(page);
    await search.show();
    await search.search('gas');
    expect(await search.rows().count()).toBeGreaterThan(1);
    expect((await search.highlights()).some((word) => /gas/i.test(word))).toBe(true);

    const viewer = new RecordViewer(page);
    const chosen: string[] = [];
    for (const index of [0, 1]) {
      await search.open(index);
      await page.getByTestId('record-viewer').waitFor();
      const subject = (await viewer.subject()).trim();
      chosen.push(subject);
      await viewer.markResponsive(index === 0 ? 'mentions gas' : '');
    }

    const packets = new PacketPanel(page);
    await packets.show();
    const shown = await packets.build('E2E-');
    expect(shown.entries).toBe(2);
    expect(shown.batesRange).toContain('E2E-000001');

    const pages = await readPdfPages(new Uint8Array(await readFile(shown.path)));
    expect(pages).toHaveLength(shown.pages);
    pages.forEach((text, index) => expect(text).toContain(`E2E-${String(index + 1).padStart(6, '0')}`));
    const whole = pages.join('\n');
    for (const subject of chosen) {
      expect(whole).toContain(subject.slice(0, 30));
    }
    expect(app.pageErrors).toEqual([]);
  });
});

describe('browser mode, keyboard and problems', () => {
  const session = useBrowserMode();

  it('names files it could not index, and lets an officer review with the keyboard alone', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'mixed-source');
    await mkdir(join(folder, 'mail'), { recursive: true });
    await cp(corpusPath('email', 'enron', 'maildir', 'fischer-m', 'all_documents'), join(folder, 'mail'), { recursive: true });
    await writeFile(join(folder, 'scan.bin'), Buffer.from([0, 159, 146, 150, 0, 1]));

    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'keyboard-case'), 'Keyboard case');
    const sources = new SourcesPanel(page);
    await sources.show();
    await sources.addFolder(folder, 'Mark Fischer');
    expect((await sources.errorRows()).join('\n')).toContain('scan.bin');
    expect(await sources.sourceRecordCounts()).toEqual(['2']);

    const search = new SearchPage(page);
    await search.show();
    await search.search('');
    expect(await search.rows().count()).toBe(2);
    // Into the result list, down to the second record, open it, code it with one key.
    await page.getByTestId('result-list').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const viewer = new RecordViewer(page);
    const secondId = await search.recordIdAt(1);
    await viewer.waitForRecord(secondId);
    await page.keyboard.press('n');
    await page.locator('[data-testid="coding-status"][data-decision="not-responsive"]').waitFor();
    expect(await viewer.codingStatus()).toBe('not-responsive');
    await expect.poll(() => search.decisionAt(1)).toMatch(/not responsive/i);
    expect(await search.decisionAt(0)).toBeNull();
    expect(app.pageErrors).toEqual([]);
  });
});

describe('browser mode, chat exports', () => {
  const session = useBrowserMode();

  it('reads a zipped WhatsApp export in the officer’s zone and shows a message within its conversation-day', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'chat-case'), 'Chat case');
    const sources = new SourcesPanel(page);
    await sources.show();
    const end = await sources.addSource({ path: corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-website'), custodian: 'Loris', channel: 'personal-chat', timeZone: 'Europe/Zurich' });
    expect(end.kind).toBe('completed');
    // 52 messages and events, and the 4 media files the zip holds as their children.
    expect(await sources.sourceRecordCounts()).toEqual(['56']);

    const search = new SearchPage(page);
    await search.show();
    await search.search('"share a video"');
    expect(await search.rows().count()).toBe(1);
    await search.open(0);
    const viewer = new RecordViewer(page);
    const opened = await search.recordIdAt(0);
    await viewer.waitForRecord(opened);
    const transcript = new ChatTranscript(page);
    await transcript.waitForDay('2019-06-20');
    expect(await transcript.title.textContent()).toContain('WhatsApp Chat Parser Example');
    const lines = await transcript.lineViews();
    expect(lines).toHaveLength(52);
    expect(lines.filter((line) => line.current).map((line) => line.recordId)).toEqual([opened]);
    expect(lines.slice(0, 4).map((line) => line.event)).toEqual(['encryption-notice', 'group-created', 'member-added', 'member-added']);
    expect(lines[2]?.text).toContain('Member added: Emily');
    // The time is the export's own clock read in Zurich, not shifted to the browser's zone.
    expect(lines[4]?.text).toMatch(/^15:58:53\s*John/);
    expect(await transcript.nextButton.isDisabled()).toBe(true);

    // The conversation-day is a review unit: one click codes all 52 lines for the request.
    await transcript.codeWholeDay('responsive');
    await expect.poll(() => transcript.codedCount()).toBe('52 of 52 coded for this request');
    expect(await viewer.codingStatus()).toBe('release-in-full');

    await transcript.openAttachment('00000002-VIDEO-2019-06-20-16-01-42.mp4');
    await page.locator('[data-testid="record-viewer"][data-state="ready"] [data-testid="record-filename"]').filter({ hasText: '00000002-VIDEO' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});

describe('browser mode, adding a source again', () => {
  const session = useBrowserMode();

  it('shows the options the source was read with and keeps them, so nothing is read again', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const phone = join(app.dataDir, 'phone');
    await mkdir(phone, { recursive: true });
    await cp(corpusPath('chat', 'whatsapp', 'chat-analytics', '4A_11M.txt'), join(phone, '4A_11M.txt'));
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'again-case'), 'Again case');
    const sources = new SourcesPanel(page);
    await sources.show();
    const source = { path: phone, custodian: 'Loris', channel: 'personal-chat' } as const;
    expect((await sources.addSource({ ...source, timeZone: 'Pacific/Chatham' })).kind).toBe('completed');

    // A fresh page: the form starts from this browser's zone until the path names a known source.
    await page.reload();
    await start.caseName.waitFor();
    await sources.show();
    expect((await sources.chatOptionsShown()).timeZone).not.toBe('Pacific/Chatham');
    await sources.pathInput.fill(phone);
    expect(await sources.chatOptionsShown()).toEqual({ timeZone: 'Pacific/Chatham', dateOrder: 'auto', chatMapping: '', stored: true });
    expect((await sources.addSource(source)).kind).toBe('already-present');
    expect(await sources.chatOptionsShown()).toMatchObject({ timeZone: 'Pacific/Chatham', stored: true });
    expect(app.pageErrors).toEqual([]);
  });
});

describe('browser mode, documents', () => {
  const session = useBrowserMode();

  it('finds words inside a PDF, shows what a document says about itself, and flags a scan for OCR', { timeout: 120_000 }, async () => {
    const app = session();
    const { page } = app;
    const folder = join(app.dataDir, 'documents');
    await mkdir(folder, { recursive: true });
    for (const file of ['pdf/libtasn1.pdf', 'pdf/pdfjs/issue7229.pdf', 'docx/poi/delins.docx']) {
      await cp(corpusPath('docs', ...file.split('/')), join(folder, file.split('/').pop() ?? file));
    }
    const start = new StartPage(page);
    await start.waitUntilShown();
    await start.createCase(join(app.dataDir, 'documents-case'), 'Documents case');
    const sources = new SourcesPanel(page);
    await sources.show();
    expect(await sources.addFolder(folder, 'Records office', 'documents')).toBe('completed');
    expect(await sources.sourceRecordCounts()).toEqual(['3']);

    const search = new SearchPage(page);
    await search.show();
    await search.search('"Abstract Syntax Notation"');
    expect(await search.rows().count()).toBe(1);
    await search.open(0);
    const viewer = new RecordViewer(page);
    await viewer.waitForRecord(await search.recordIdAt(0));
    const facts = await viewer.documentFacts();
    expect(facts['Document']).toBe('PDF · 36 pages · TeX / pdfTeX-1.40.24');

    await search.search('issue7229');
    await search.open(0);
    await viewer.waitForRecord(await search.recordIdAt(0));
    expect((await viewer.documentFacts())['Needs OCR']).toBe('page 1–2: no text layer, not searchable yet');
    expect(app.pageErrors).toEqual([]);
  });
});
