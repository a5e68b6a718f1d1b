/** The Sources screen: add a folder, watch its progress, read the outcome. */
import type { Page } from 'playwright-core';

export class SourcesPanel {
  constructor(private readonly page: Page) {}

  async show(): Promise<void> {
    await this.page.getByTestId('nav-sources').click();
    await this.page.getByTestId('sources-screen').waitFor();
  }

  /** Adds a source and waits for the ingest to finish; returns the outcome kind. */
  async addFolder(folder: string, custodian: string): Promise<string> {
    await this.page.getByTestId('source-path-input').fill(folder);
    await this.page.getByTestId('custodian-input').fill(custodian);
    await this.page.getByTestId('add-source-button').click();
    const outcome = this.page.getByTestId('ingest-outcome');
    await outcome.waitFor({ timeout: 120_000 });
    return (await outcome.getAttribute('data-outcome')) ?? '';
  }

  async outcomeText(): Promise<string> {
    return (await this.page.getByTestId('ingest-outcome').textContent()) ?? '';
  }

  async sourceRecordCounts(): Promise<string[]> {
    return this.page.getByTestId('source-record-count').allTextContents();
  }

  async errorRows(): Promise<string[]> {
    return this.page.getByTestId('ingest-error-row').allTextContents();
  }
}
