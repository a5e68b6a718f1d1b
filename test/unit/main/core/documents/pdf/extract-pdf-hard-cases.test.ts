/**
 * PDF extraction on the corpus's scanned, encrypted and damaged PDFs, and the bounds. Expected
 * outcomes were checked against poppler (pdfinfo, pdftotext with and without passwords).
 */
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../../../../main/core/documents/extracted-document.js';
import { extractCorpus, problemLines } from '../corpus-document.js';

async function documentError(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('PDF scans', () => {
  it('flags pages without a text layer over an image as needing OCR', async () => {
    const scan = await extractCorpus('pdf/pdfjs/issue7229.pdf');
    expect(scan.pages.map((page) => [page.text, page.needsOcr])).toEqual([['', true], ['', true]]);
    expect(problemLines(scan)).toEqual(['page 1: no text layer, needs OCR', 'page 2: no text layer, needs OCR']);
    for (const path of ['pdf/ocrmypdf/linn.pdf', 'pdf/ocrmypdf/c02-22.pdf']) {
      expect((await extractCorpus(path)).pages.map((page) => page.needsOcr)).toEqual([true]);
    }
  });

  it('flags a scan with a few stray characters of text, and keeps them', async () => {
    const document = await extractCorpus('pdf/pdfjs/scan-bad.pdf');
    expect(document.pages).toEqual([{ number: 1, text: 'pdf.js', needsOcr: true }]);
    expect(problemLines(document)).toEqual(['page 1: only 6 characters of text over an image, needs OCR']);
  });

  it('still flags a scan whose image is over the pixel limit, which is then never decoded', async () => {
    const document = await extractCorpus('pdf/ocrmypdf/linn.pdf', { limits: { maxImagePixels: 1000 } });
    expect(document.pages.map((page) => page.needsOcr)).toEqual([true]);
    expect(problemLines(document)).toEqual(['page 1: no text layer, and it places an image too large to check; if it is a scan, it needs OCR']);
  });

  it('does not flag a scan that carries an OCR layer', async () => {
    const document = await extractCorpus('pdf/pdfjs/issue12963.pdf');
    expect(document.pages).toHaveLength(8);
    expect(document.pages.some((page) => page.needsOcr)).toBe(false);
  });
});

describe('encrypted PDFs', () => {
  it('fails naming the need for a password when none is given', async () => {
    const error = await documentError(extractCorpus('pdf/pdfjs/issue6010_1.pdf'));
    expect(error.reason).toBe('encrypted');
    expect(error.message).toBe('encrypted: the PDF needs a password to open');
  });

  it('tries the officer\'s passwords in turn (AES-256, password "abc")', async () => {
    const document = await extractCorpus('pdf/pdfjs/issue6010_1.pdf', { passwords: ['wrong', 'abc'] });
    expect(document.text).toBe('Issue 6010');
    expect(problemLines(document)).toEqual(['encrypted: opened with one of the passwords given']);
  });

  it('opens AES-256 with a non-ASCII password, which must be tried as UTF-8', async () => {
    const document = await extractCorpus('pdf/pdfjs/issue21579.pdf', { passwords: ['pässwört'] });
    expect(document.text).toContain('If you can read this, decryption succeeded.');
  });

  it('fails when none of the passwords fits', async () => {
    const error = await documentError(extractCorpus('pdf/pdfjs/issue21579.pdf', { passwords: ['abc', 'passwort'] }));
    expect(error.reason).toBe('encrypted');
    expect(error.message).toBe('encrypted: none of the 2 passwords given opens the PDF');
  });

  it('opens owner-password-only files without a password and says so', async () => {
    const rc4 = await extractCorpus('pdf/pdfjs/bug900822.pdf');
    expect(rc4.text).toContain('Pdf Test 1');
    expect(rc4.metadata).toMatchObject({ title: 'PDF Browser test', author: 'ME', subject: 'Browser Test', created: '2013-08-01T12:56:45' });
    expect(problemLines(rc4)).toEqual(['encrypted with an owner password only (it restricts printing, copying or editing, not reading); the text was read']);
    expect((await extractCorpus('pdf/pdfjs/issue9972-1.pdf')).text).toContain('Personal Sleep Study');
  });
});

describe('damaged PDFs', () => {
  it('recovers a PDF whose cross-reference offsets are wrong', async () => {
    expect((await extractCorpus('pdf/pdfjs/helloworld-bad.pdf')).text).toBe('Hello, world!');
  });

  it('fails quickly, with a DocumentError, on a fuzzed PDF with no usable trailer', async () => {
    const started = Date.now();
    const error = await documentError(extractCorpus('pdf/pdfjs/REDHAT-1531897-0.pdf'));
    expect(error.reason).toBe('damaged');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports only DocumentErrors for truncated and byte-flipped copies of corpus PDFs', async () => {
    const { docsBytes } = await import('../corpus-document.js');
    const { extractDocument } = await import('../../../../../../main/core/documents/extract-document.js');
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (const path of ['pdf/pdfjs/annotation-highlight.pdf', 'pdf/pdfjs/issue6010_1.pdf', 'pdf/pdfjs/bug900822.pdf', 'pdf/xray/rect_ordering_4.1.pdf']) {
      const bytes = docsBytes(path);
      const variants = [0.05, 0.3, 0.7].map((fraction) => bytes.slice(0, Math.floor(bytes.length * fraction)));
      for (let copy = 0; copy < 2; copy++) {
        const damaged = bytes.slice();
        for (let flip = 0; flip < 30; flip++) {
          damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
        }
        variants.push(damaged);
      }
      for (const variant of variants) {
        const outcome = await extractDocument(variant, { fileName: 'damaged.pdf', mimeType: 'application/pdf' }, { limits: { maxMilliseconds: 5000 } })
          .then(() => 'read', (error: unknown) => (error instanceof DocumentError ? `DocumentError:${error.reason}` : String(error)));
        expect(outcome).toMatch(/^(read|DocumentError:(damaged|encrypted|wrong-format))$/);
      }
    }
  });

  it('says "not a PDF" for other bytes with a .pdf name', async () => {
    const { extractDocument } = await import('../../../../../../main/core/documents/extract-document.js');
    const error = await documentError(extractDocument(new TextEncoder().encode('just some text'), { fileName: 'letter.pdf', mimeType: '' }));
    expect(error.reason).toBe('wrong-format');
  });
});

describe('PDF bounds', () => {
  it('stops at the page limit with a warning', async () => {
    const document = await extractCorpus('pdf/libtasn1.pdf', { limits: { maxPages: 3 } });
    expect(document.pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(document.metadata.pageCount).toBe(36);
    expect(problemLines(document)).toEqual(['only the first 3 of 36 pages were read (page limit)']);
  });

  it('stops reading pages once the text limit is reached', async () => {
    const document = await extractCorpus('pdf/libtasn1.pdf', { limits: { maxTextChars: 5000 } });
    expect(document.pages.length).toBeLessThan(36);
    expect(document.text.length).toBeLessThanOrEqual(5000);
    expect(problemLines(document).join('\n')).toMatch(/pages \d+–36 not read: the text limit of 5000 characters was reached/);
  });

  it('rejects with the abort reason when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the officer'));
    await expect(extractCorpus('pdf/libtasn1.pdf', { signal: controller.signal })).rejects.toThrow('cancelled by the officer');
  });
});
