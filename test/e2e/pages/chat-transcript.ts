/**
 * The conversation-day transcript under an open chat message: its heading, its lines (messages
 * and events, the open one marked), paging between days, and attachments that open as records.
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS } from './test-ids.js';

export type TranscriptLineView = { recordId: string; event: string | null; current: boolean; text: string };

export class ChatTranscript {
  readonly root: Locator;
  readonly title: Locator;
  readonly lines: Locator;
  readonly previousButton: Locator;
  readonly nextButton: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'chat-transcript');
    this.title = byTestId(this.root, 'transcript-title');
    this.lines = byTestId(this.root, 'transcript-line');
    this.previousButton = byTestId(this.root, 'transcript-previous');
    this.nextButton = byTestId(this.root, 'transcript-next');
  }

  /** Waits until the transcript for `day` is on screen. */
  async waitForDay(day: string): Promise<void> {
    await this.page.locator(`[data-testid="chat-transcript"][data-day="${day}"]`).waitFor({ timeout: QUICK_MS });
  }

  async lineViews(): Promise<TranscriptLineView[]> {
    return this.lines.evaluateAll((elements) =>
      elements.map((element) => ({
        recordId: element.getAttribute('data-record-id') ?? '',
        event: element.getAttribute('data-event'),
        current: element.getAttribute('aria-current') === 'true',
        text: element.textContent ?? '',
      })),
    );
  }

  /** Codes every line of the day shown ('responsive' or 'not-responsive'). */
  async codeWholeDay(decision: 'responsive' | 'not-responsive'): Promise<void> {
    await byTestId(this.root, decision === 'responsive' ? 'day-responsive' : 'day-not-responsive').click();
  }

  /** "12 of 52 coded for this request". */
  async codedCount(): Promise<string> {
    return ((await byTestId(this.root, 'day-coded-count').textContent()) ?? '').trim();
  }

  /** Clicks the attachment button with this file name on any line. */
  async openAttachment(name: string): Promise<void> {
    await this.root.getByRole('button', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  }
}
