/** Search & review, left side: the query, the kind filter and the result list. */
import type { Locator, Page } from 'playwright-core';

export class SearchPage {
  constructor(private readonly page: Page) {}

  async show(): Promise<void> {
    await this.page.getByTestId('nav-review').click();
    await this.page.getByTestId('review-screen').waitFor();
  }

  async search(query: string): Promise<void> {
    await this.page.getByTestId('search-input').fill(query);
    await this.page.getByTestId('search-input').press('Enter');
    await this.page.getByTestId('result-total').filter({ hasText: /\d/ }).waitFor();
  }

  rows(): Locator {
    return this.page.getByTestId('result-row');
  }

  async totalText(): Promise<string> {
    return (await this.page.getByTestId('result-total').textContent()) ?? '';
  }

  /** The highlighted words in the visible snippets. */
  async highlights(): Promise<string[]> {
    return this.page.locator('[data-testid="result-row"] mark').allTextContents();
  }

  async open(index: number): Promise<void> {
    await this.rows().nth(index).click();
  }
}
