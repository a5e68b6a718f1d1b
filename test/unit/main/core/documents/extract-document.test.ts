import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../../main/core/documents/extract-document.js';
import { docsBytes } from './corpus-document.js';

describe('extractDocument', () => {
  it('answers null for formats it does not read', async () => {
    expect(await extractDocument(docsBytes('xls/poi/1900DateWindowing.xls'), { fileName: '1900DateWindowing.xls', mimeType: '' })).toBeNull();
    expect(await extractDocument(docsBytes('xls/poi/1900DateWindowing.xls'), { fileName: 'renamed.ppt', mimeType: 'application/vnd.ms-powerpoint' })).toBeNull();
    expect(await extractDocument(docsBytes('mammoth/hello.zip'), { fileName: 'hello.zip', mimeType: 'application/zip' })).toBeNull();
  });

  it('gives every format the same result shape', async () => {
    const keys = ['comments', 'fields', 'format', 'html', 'metadata', 'pages', 'problems', 'text'];
    const samples = [
      ['csv/tika/testTXT_win-1252.txt', 'text'], ['rtf/tika/testRTF.rtf', 'rtf'], ['html/tika/testHTML_charset_utf16le.html', 'html'],
      ['pptx/tika/testComment.pptx', 'pptx'], ['odt/tika/testFooter.odt', 'odt'], ['ods/sheetjs/sushi.ods', 'ods'],
    ] as const;
    for (const [path, format] of samples) {
      const document = await extractDocument(docsBytes(path), { fileName: path, mimeType: '' });
      expect(document?.format).toBe(format);
      expect(Object.keys(document ?? {}).sort()).toEqual(keys);
      expect(document?.pages).toEqual([]);
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extractDocument(docsBytes('csv/tika/russian.cp866.txt'), { fileName: 'a.txt', mimeType: '' }, { signal: controller.signal }))
      .rejects.toMatchObject({ name: 'AbortError' });
  });
});
