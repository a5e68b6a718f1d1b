import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../../main/core/documents/extract-document.js';
import { extractCorpus, problemLines } from '../corpus-document.js';

describe('HTML documents', () => {
  it('does not believe a UTF-8 declaration over windows-1256 bytes, and says so', async () => {
    const document = await extractCorpus('html/tika/testArabicMisleadingCharset.html');
    expect(document.metadata).toMatchObject({ title: 'Test Arabic', encoding: 'windows-1256' });
    expect(document.text).toMatch(/^في قرية من القرى كان هناك رجل حكيم/);
    expect(document.text).not.toContain('\ufffd');
    expect(problemLines(document)).toEqual(['declared charset "UTF-8" does not match the bytes: read as windows-1256 (detected from the text)']);
  });

  it('believes a declaration the bytes agree with (ISO-8859-6 among noisy Word metas)', async () => {
    const document = await extractCorpus('html/tika/testHTMLNoisyMetaEncoding_1.html');
    expect(document.metadata).toMatchObject({ encoding: 'iso-8859-6', application: 'Microsoft Word 12 (filtered medium)' });
    expect(document.text).toContain('وأعرب الاتحاد الجزائري');
    expect(document.problems).toEqual([]);
  });

  it('follows a UTF-16LE byte-order mark over a "charset=unicode" meta', async () => {
    const document = await extractCorpus('html/tika/testHTML_charset_utf16le.html');
    expect(document).toMatchObject({ text: 'This is a sample text', metadata: { title: 'Title', encoding: 'utf-16le' } });
  });

  it('reads undeclared UTF-8, and a long page with its title and meta properties', async () => {
    expect((await extractCorpus('html/tika/resume.html')).text).toMatch(/^Здравствуйте, !/);
    const page = await extractCorpus('html/tika/tika434.html');
    expect(page.metadata).toMatchObject({ title: 'Finger Lakes Vacation Rental | Breezy Cove Wonderful Finger Lakes Honey!', author: 'Rentalo.com', encoding: 'utf-8' });
    expect(page.metadata.keywords).toMatch(/^finger lakes vacation rentals, /);
    expect(page.html).toMatch(/^<!DOCTYPE/i);
    expect(page.text).not.toMatch(/<script|function\s*\(/);
  });

  it('uses the charset of a declared content type when the bytes agree', async () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x3c, 0x2f, 0x70, 0x3e]);
    const document = await extractDocument(bytes, { fileName: 'part.html', mimeType: 'text/html; charset=windows-1251' });
    expect(document?.text).toBe('Привет');
    expect(document?.metadata.encoding).toBe('windows-1251');
  });
});
