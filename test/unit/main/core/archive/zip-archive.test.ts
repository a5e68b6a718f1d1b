import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZipArchive, ZipBudgetError, ZipEntryError, ZipOpenError, looksLikeZip, zipLimitsFor } from '../../../../../main/core/archive/zip-archive.js';
import { checkEntryPath } from '../../../../../main/core/archive/entry-name.js';
import { corpusPath } from '../../../../support/corpus.js';
import { buildZip } from '../../../../support/zip-writer.js';

describe('zip archives from the corpus', () => {
  it('lists and reads the WhatsApp example export with its media and __MACOSX folder', async () => {
    const zip = await ZipArchive.open({ path: corpusPath('chat/whatsapp/whatsapp-chat-parser-website/whatsapp-chat-parser-example.zip') });
    try {
      const chat = zip.find('_chat.txt');
      expect(chat).toBeDefined();
      const text = new TextDecoder().decode(await zip.read(chat!, 1e7));
      expect(text).toContain('PHOTO');
      expect(zip.entries.some((entry) => entry.path?.startsWith('__MACOSX/'))).toBe(true);
      expect(zip.entries.every((entry) => entry.problem === null)).toBe(true);
    } finally {
      zip.close();
    }
  });

  it('refuses a file that is not a zip with a clear error', async () => {
    await expect(ZipArchive.open({ bytes: new TextEncoder().encode('hello, not a zip') })).rejects.toThrow(ZipOpenError);
    await expect(ZipArchive.open({ bytes: new TextEncoder().encode('hello') })).rejects.toThrow(/not a zip archive/);
  });

  it('sniffs the zip signature', () => {
    expect(looksLikeZip(buildZip([{ name: 'a', data: 'x' }]))).toBe(true);
    expect(looksLikeZip(new TextEncoder().encode('PK no'))).toBe(false);
  });
});

describe('hostile zip archives', () => {
  it('marks a zip-slip entry and still reads the others', async () => {
    const zip = await ZipArchive.open({
      bytes: buildZip([
        { name: '../../evil.txt', data: 'climb' },
        { name: '/etc/passwd', data: 'abs' },
        { name: 'ok/chat.txt', data: 'fine' },
      ]),
    });
    expect(zip.entries.map((entry) => entry.path)).toEqual([null, null, 'ok/chat.txt']);
    expect(zip.entries[0]?.problem).toMatch(/zip-slip/);
    expect(zip.entries[1]?.problem).toMatch(/absolute/);
    await expect(zip.read(zip.entries[0]!, 100)).rejects.toThrow(ZipEntryError);
    expect(new TextDecoder().decode(await zip.read(zip.find('ok/chat.txt')!, 100))).toBe('fine');
    zip.close();
  });

  it('refuses an entry whose ratio marks a bomb, before inflating it', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const zip = await ZipArchive.open({ bytes: buildZip([{ name: 'bomb.txt', data: zeros }, { name: 'ok.txt', data: 'fine' }]) });
    expect(zip.entries[0]?.problem).toMatch(/zip bomb/);
    await expect(zip.read(zip.entries[0]!, 1e9)).rejects.toThrow(/zip bomb/);
    expect(await zip.read(zip.find('ok.txt')!, 100)).toHaveLength(4);
    zip.close();
  });

  it('stops an entry whose header lies about its size', async () => {
    const zip = await ZipArchive.open({ bytes: buildZip([{ name: 'liar.txt', data: 'x'.repeat(100_000), declaredSize: 10 }]) });
    await expect(zip.read(zip.entries[0]!, 1000)).rejects.toThrow(/damaged/);
    zip.close();
  });

  it('refuses an entry larger than the reader takes', async () => {
    const zip = await ZipArchive.open({ bytes: buildZip([{ name: 'big.txt', data: 'x'.repeat(5000) }]) });
    await expect(zip.read(zip.entries[0]!, 1000)).rejects.toThrow(/more than the 1000/);
    zip.close();
  });

  it('refuses entries that share their data (the overlapping-entry bomb)', async () => {
    const zip = await ZipArchive.open({
      bytes: buildZip([{ name: 'a.txt', data: 'same data' }, { name: 'b.txt', data: '', sameDataAs: 0 }]),
    });
    expect(zip.entries[1]?.problem).toMatch(/overlapping/);
    zip.close();
  });

  it('keeps an archive-wide budget of inflated bytes', async () => {
    const zip = await ZipArchive.open(
      { bytes: buildZip([{ name: 'a.txt', data: 'x'.repeat(600) }, { name: 'b.txt', data: 'y'.repeat(600) }]) },
      { totalBytes: 1000, maxRatio: 1000 },
    );
    expect(await zip.read(zip.entries[0]!, 1000)).toHaveLength(600);
    await expect(zip.read(zip.entries[1]!, 1000)).rejects.toThrow(/zip bomb/);
    zip.close();
  });

  it('sets the budget from the archive’s size: 100 times it plus 256 MiB', async () => {
    expect(zipLimitsFor(3_500_000)).toEqual({ totalBytes: 350_000_000 + 256 * 1024 * 1024, maxRatio: 1000 });
    const bytes = buildZip([{ name: 'a.txt', data: 'x'.repeat(600) }]);
    const zip = await ZipArchive.open({ bytes });
    expect(zip.budget).toEqual({ totalBytes: 100 * bytes.length + 256 * 1024 * 1024, inflatedBytes: 0 });
    zip.close();
    const fromFile = await ZipArchive.open({ path: corpusPath('chat/slack/slack-export-viewer/testarchive.zip') });
    expect(fromFile.budget.totalBytes).toBe(zipLimitsFor(readFileSync(corpusPath('chat/slack/slack-export-viewer/testarchive.zip')).length).totalBytes);
    fromFile.close();
  });

  it('charges a head read only what it inflated, and names the entries the budget refused', async () => {
    const zip = await ZipArchive.open(
      { bytes: buildZip([{ name: 'a.txt', data: 'a'.repeat(100_000) }, { name: 'b.txt', data: 'b'.repeat(100_000) }]) },
      { totalBytes: 150_000, maxRatio: 1000 },
    );
    expect(new TextDecoder().decode(await zip.readHead(zip.entries[0]!, 10))).toBe('aaaaaaaaaa');
    expect(zip.budget.inflatedBytes).toBeLessThan(50_000);
    expect(await zip.read(zip.entries[1]!, 1e6)).toHaveLength(100_000);
    const refused = zip.read(zip.entries[0]!, 1e6);
    await expect(refused).rejects.toThrow(ZipBudgetError);
    await expect(refused).rejects.toThrow(/^"a\.txt" \(100000 bytes\) not read: the archive may inflate 150000 bytes in all and \d+ are spent/);
    expect(zip.budgetSkipped).toEqual(['a.txt']);
    zip.close();
  });
});

describe('entry paths', () => {
  it('turns backslashes into separators and drops empty and dot segments', () => {
    expect(checkEntryPath('a\\b/./c//d.txt')).toEqual({ path: 'a/b/c/d.txt' });
    expect(checkEntryPath('C:\\Windows\\x')).toHaveProperty('problem');
    expect(checkEntryPath('a/../../b')).toHaveProperty('problem');
  });
});
