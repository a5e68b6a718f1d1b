/**
 * Reads a PDF's text back, page by page, with pdf.js: how tests check what a packet says
 * (Bates numbers, index ranges, non-Latin words) without trusting the code that wrote it.
 *
 * Each page's text is its items in content order, with a newline where pdf.js sees a line end.
 * pdf.js maps glyphs back to characters through each font's ToUnicode table, so this checks
 * what a reader can copy or search, not how glyphs look.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  // pdf.js may transfer the buffer it is given to its worker; a copy leaves the caller's intact.
  const task = getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) {
          text += item.str + (item.hasEOL ? '\n' : '');
        }
      }
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
