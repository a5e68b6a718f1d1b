/**
 * A real Tesseract worker ended while a page is being handed to it. tesseract.js awaits the
 * image before it posts the job; ended in that gap, it would post to a thread that is gone and
 * reject where no one listens, an unhandled rejection that ends the backend.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { languageData } from '../../../../../main/core/ocr/ocr-languages.js';
import { startTesseractWorker } from '../../../../../main/core/ocr/tesseract-worker.js';
import { expectCode } from '../../../../support/expect-code.js';
import { textPage } from './ocr-fixtures.js';

const unhandled: unknown[] = [];
const record = (reason: unknown): void => {
  unhandled.push(reason);
};

afterEach(() => {
  process.off('unhandledRejection', record);
});

describe('a Tesseract worker ended mid-handover', () => {
  it('leaves no unhandled rejection, and refuses pages once ended', async () => {
    process.on('unhandledRejection', record);
    const worker = await startTesseractWorker(languageData('eng'));
    const { png: page } = await textPage(['Ended while handed over']);
    // Not awaited: the job is given up on, as the pool gives up on a cancelled page.
    void worker.recognize(page, null).catch(() => undefined);
    await worker.terminate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    expect(worker.dead).toBe(true);
    await expectCode(worker.recognize(page, null), 'internal');
  });
});
