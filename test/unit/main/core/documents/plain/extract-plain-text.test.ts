import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../../main/core/documents/extract-document.js';
import { DocumentError } from '../../../../../../main/core/documents/extracted-document.js';
import { extractCorpus, problemLines } from '../corpus-document.js';

describe('CSV, text and Markdown encodings', () => {
  it('reads a windows-1252 CSV export with € (0x80) and £ (0xA3)', async () => {
    const document = await extractCorpus('csv/sheetjs/apachepoi_AverageTaxRates.xlsx.0.csv');
    expect(document.format).toBe('csv');
    expect(document.text).toContain('\n€,£,1997,1998,1999,2000,2001');
    expect(document.text).not.toMatch(/[\u0080-\u009f]/);
    expect(document.metadata.encoding).toBe('windows-1252');
    expect(problemLines(document)).toEqual(['not UTF-8: read as windows-1252 (no other encoding was recognised)']);
  });

  it('reads ° and quoted fields of the other windows-1252 CSV as written', async () => {
    const document = await extractCorpus('csv/sheetjs/apachepoi_DataTableCities.xlsx.1.csv');
    expect(document.text).toContain('"Shanghai, China",31.23°,121.50°," 24,256,800 "');
  });

  it('reads a UTF-16LE tab-separated Excel export with CRLF as LF lines', async () => {
    const document = await extractCorpus('csv/sheetjs/ErrorTypes.utf16le.txt');
    expect(document.metadata.encoding).toBe('utf-16le');
    expect(document.text.split('\n')[0]).toBe('Error\tBang\tQue\tNon\tVal\tErrType\tType\tISERR\tISNA\tErrTypeIsErr');
    expect(document.text).toContain('#DIV/0!\t#DIV/0!\t#DIV/0?\t#DIV/0\t2\t2\t16\tTRUE\tFALSE\tFALSE');
    expect(document.text).not.toContain('\r');
    expect(document.problems).toEqual([]);
  });

  it('detects DOS Cyrillic (CP866) and names it', async () => {
    const document = await extractCorpus('csv/tika/russian.cp866.txt');
    expect(document.metadata.encoding).toBe('ibm866');
    expect(document.text).toMatch(/^Однажды, в студеную зимнюю пору,\nЯ из лесу вышел; был сильный мороз\./);
    expect(problemLines(document)).toEqual(['not UTF-8: read as ibm866 (detected from the text)']);
  });

  it('reads windows-1252 curly quotes', async () => {
    expect((await extractCorpus('csv/tika/testTXT_win-1252.txt')).text).toContain('to think this is a “windows” encoding');
  });

  it('reads UTF-8 text as is, and knows Markdown by its name', async () => {
    const document = await extractCorpus('pdf/ocrmypdf/linn.txt');
    expect(document).toMatchObject({ format: 'text', metadata: { encoding: 'utf-8' }, problems: [] });
    expect(document.text).toMatch(/^The LinnSequencer\n32 Track MIDI Sequence Recorder/);
    const markdown = await extractDocument(new TextEncoder().encode('# Notes\n\n* one'), { fileName: 'notes.md', mimeType: '' });
    expect(markdown).toMatchObject({ format: 'markdown', text: '# Notes\n\n* one' });
  });
});

describe('plain-text bounds', () => {
  it('decodes at most the text limit of a 100 MB single-line file, with a warning', async () => {
    const bytes = new Uint8Array(100 * 1024 * 1024).fill(0x61);
    const document = await extractDocument(bytes, { fileName: 'huge.log', mimeType: '' }, { limits: { maxTextChars: 1_000_000 } });
    expect(document?.text.length).toBe(1_000_000);
    expect(document?.problems).toEqual([{ where: '', message: 'only the first 1000000 characters were read (text limit)', severity: 'warning' }]);
  });

  it('refuses binary data named .txt', async () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index % 3 === 0 ? 0 : 0x41 + (index % 26)));
    const error = await extractDocument(bytes, { fileName: 'data.txt', mimeType: '' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).reason).toBe('wrong-format');
  });
});
