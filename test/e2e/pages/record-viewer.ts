/** Search & review, right side: the record and its coding for the selected request. */
import type { Page } from 'playwright-core';

export class RecordViewer {
  constructor(private readonly page: Page) {}

  async subject(): Promise<string> {
    return (await this.page.getByTestId('record-subject').textContent()) ?? '';
  }

  async body(): Promise<string> {
    return (await this.page.getByTestId('record-body').textContent()) ?? '';
  }

  async markResponsive(note = ''): Promise<void> {
    if (note) {
      await this.page.getByTestId('coding-note').fill(note);
    }
    await this.page.getByTestId('responsive-button').click();
    await this.page.locator('[data-testid="coding-status"][data-responsiveness="responsive"]').waitFor();
  }

  async markNotResponsive(): Promise<void> {
    await this.page.getByTestId('not-responsive-button').click();
    await this.page.locator('[data-testid="coding-status"][data-responsiveness="not-responsive"]').waitFor();
  }

  async codingStatus(): Promise<string> {
    return (await this.page.getByTestId('coding-status').getAttribute('data-responsiveness')) ?? '';
  }
}
