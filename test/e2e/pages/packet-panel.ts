/**
 * The Packet screen: Bates prefix and first number, Build packet, and the result (file, pages,
 * Bates range, SHA-256, index of records).
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS, SLOW_MS } from './test-ids.js';

export type PacketSummary = {
  path: string;
  pages: number;
  batesRange: string;
  sha256: string;
  /** Number of records in the index. */
  entries: number;
  /** The index rows as shown. */
  index: Array<{ recordId: string; bates: string; title: string }>;
};

export class PacketPanel {
  readonly root: Locator;
  readonly navButton: Locator;
  readonly requestSelect: Locator;
  readonly prefixInput: Locator;
  readonly startInput: Locator;
  readonly buildButton: Locator;
  readonly preview: Locator;
  readonly error: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'packet-screen');
    this.navButton = byTestId(page, 'nav-packet');
    this.requestSelect = byTestId(page, 'request-select');
    this.prefixInput = byTestId(page, 'bates-prefix-input');
    this.startInput = byTestId(page, 'bates-start-input');
    this.buildButton = byTestId(page, 'build-packet-button');
    this.preview = byTestId(page, 'packet-preview-line');
    this.error = byTestId(page, 'packet-error');
    this.result = byTestId(page, 'packet-result');
  }

  /** Switches to the Packet screen. */
  async show(): Promise<void> {
    await this.navButton.click();
    await this.root.waitFor({ timeout: QUICK_MS });
  }

  /**
   * Sets the numbering (a prefix, or prefix and first number), clicks Build packet and waits for the build to end. Resolves with the
   * result, or throws with the screen's error message.
   */
  async build(numbering: string | { prefix: string; start?: number }, timeout = SLOW_MS): Promise<PacketSummary> {
    const options = typeof numbering === 'string' ? { prefix: numbering } : numbering;
    await this.prefixInput.fill(options.prefix);
    if (options.start !== undefined) {
      await this.startInput.fill(String(options.start));
    }
    await this.buildButton.click();
    await this.page.locator('[data-testid="packet-form"][data-state="idle"]').waitFor({ timeout });
    await this.result.or(this.error).first().waitFor({ timeout: QUICK_MS });
    if (await this.error.isVisible()) {
      throw new Error(`packet build failed: ${(await this.error.textContent()) ?? ''}`);
    }
    return this.summary();
  }

  /** The result as shown. */
  async summary(): Promise<PacketSummary> {
    const text = async (id: string) => ((await byTestId(this.result, id).textContent()) ?? '').trim();
    const rows = await byTestId(this.result, 'packet-entry').all();
    const index = await Promise.all(
      rows.map(async (row) => {
        const cells = await row.locator('td').allTextContents();
        return { recordId: (await row.getAttribute('data-record-id')) ?? '', bates: cells[0] ?? '', title: cells[1] ?? '' };
      }),
    );
    return {
      path: await text('packet-path'),
      pages: Number((await text('packet-pages')).replace(/[^0-9]/g, '')),
      batesRange: await text('packet-bates-range'),
      sha256: await text('packet-sha256'),
      entries: index.length,
      index,
    };
  }

  async errorText(): Promise<string | null> {
    return (await this.error.isVisible()) ? await this.error.textContent() : null;
  }
}
