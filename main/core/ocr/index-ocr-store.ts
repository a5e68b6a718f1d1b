/**
 * The OCR queue's store over the case's index: a page is done when the index has an outcome
 * for it, a page read goes straight into its record's text (so it is searchable as soon as it is
 * read, and a cancelled run keeps what it read), and a page that failed is noted so that a
 * resumed run skips it.
 */
import type { RecordIndex } from '../index/record-index.js';
import type { OcrStore, OcrStoredPage } from './ocr-store.js';

export class IndexOcrStore implements OcrStore {
  constructor(
    private readonly index: Pick<RecordIndex, 'isOcrDone' | 'applyOcr' | 'saveOcrError'>,
    /** Called after each outcome is saved, for progress that counts only what is kept. */
    private readonly onSaved: (outcome: OcrStoredPage) => void = () => undefined,
  ) {}

  isDone(recordId: string, page: number): Promise<boolean> {
    return this.index.isOcrDone(recordId, page);
  }

  async save(outcome: OcrStoredPage): Promise<void> {
    if (outcome.kind === 'page') {
      await this.index.applyOcr(outcome.recordId, [{ page: outcome.page, result: outcome.result }]);
    } else {
      await this.index.saveOcrError(outcome.recordId, outcome.page, outcome.error.message);
    }
    this.onSaved(outcome);
  }
}
