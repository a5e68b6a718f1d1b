/** The first screen: create a case, open one, or open the sample. */
import type { Page } from 'playwright-core';

export class StartPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByTestId('start-screen').waitFor();
  }

  async createCase(folder: string, name: string): Promise<void> {
    await this.page.getByTestId('case-path-input').fill(folder);
    await this.page.getByTestId('case-name-input').fill(name);
    await this.page.getByTestId('create-case-button').click();
    await this.page.getByTestId('case-name').filter({ hasText: name }).waitFor();
  }

  async openSample(): Promise<void> {
    await this.page.getByTestId('open-sample-button').click();
    await this.page.getByTestId('case-name').waitFor({ timeout: 60_000 });
  }
}
