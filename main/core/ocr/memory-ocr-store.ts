/** An OcrStore held in memory: for tests, and for runs that keep nothing (the bench). */
import type { OcrStore, OcrStoredPage } from './ocr-store.js';

/** An OcrStore in a Map; `outcomes()` lists what was saved, in order. */
export class MemoryOcrStore implements OcrStore {
  private readonly pages = new Map<string, OcrStoredPage>();

  private static key(recordId: string, page: number): string {
    return `${page}\u0000${recordId}`;
  }

  async isDone(recordId: string, page: number): Promise<boolean> {
    return this.pages.has(MemoryOcrStore.key(recordId, page));
  }

  async save(outcome: OcrStoredPage): Promise<void> {
    this.pages.set(MemoryOcrStore.key(outcome.recordId, outcome.page), outcome);
  }

  outcomes(): OcrStoredPage[] {
    return [...this.pages.values()];
  }

  get(recordId: string, page: number): OcrStoredPage | undefined {
    return this.pages.get(MemoryOcrStore.key(recordId, page));
  }
}
