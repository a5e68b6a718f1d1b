/**
 * The Requests screen: the dashboard of requests (deadline and progress per row) and the intake
 * form.
 */
import type { Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS } from './test-ids.js';

export type IntakeInput = { trackingNumber?: string; title: string; requester?: string; receivedOn?: string; regime?: 'us-foia' | 'uk-foia'; unusual?: boolean };

export class RequestsPage {
  readonly navButton: Locator;
  readonly table: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.navButton = byTestId(page, 'nav-requests');
    this.table = byTestId(page, 'requests-table');
    this.form = byTestId(page, 'intake-form');
  }

  async show(): Promise<void> {
    await this.navButton.click();
    await byTestId(this.page, 'requests-screen').waitFor({ timeout: QUICK_MS });
  }

  /** Fills the intake form and takes the request in; waits until its row is listed. */
  async takeIn(input: IntakeInput): Promise<void> {
    await byTestId(this.form, 'intake-tracking').fill(input.trackingNumber ?? '');
    await byTestId(this.form, 'intake-title').fill(input.title);
    await byTestId(this.form, 'intake-requester').fill(input.requester ?? '');
    await byTestId(this.form, 'intake-received').fill(input.receivedOn ?? '');
    await byTestId(this.form, 'intake-regime').selectOption(input.regime ?? 'us-foia');
    await byTestId(this.form, 'intake-unusual').setChecked(input.unusual ?? false);
    await byTestId(this.form, 'intake-save').click();
    await this.row(input.title).waitFor({ timeout: QUICK_MS });
  }

  row(title: string): Locator {
    return byTestId(this.page, 'request-row').filter({ hasText: title });
  }

  /** A row's deadline cell text and tone ('ok', 'soon', 'overdue', 'stopped', 'none'). */
  async deadline(title: string): Promise<{ text: string; tone: string | null }> {
    const row = this.row(title);
    return { text: (await byTestId(row, 'request-deadline').innerText()).trim(), tone: await row.getAttribute('data-tone') };
  }

  async formError(): Promise<string> {
    return (await byTestId(this.form, 'intake-error').innerText().catch(() => '')).trim();
  }
}
