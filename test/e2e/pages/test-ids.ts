/**
 * Selectors by `data-testid`, the renderer's stable hooks for end-to-end tests. Page objects use
 * these instead of classes or text, so restyling or rewording the UI does not break the tests.
 */
import type { Locator, Page } from 'playwright-core';

export function byTestId(scope: Page | Locator, id: string): Locator {
  return scope.locator(`[data-testid="${id}"]`);
}

/** Default time for a call that touches the disk (opening a case, a search, a coding). */
export const QUICK_MS = 15_000;
/** Ingests and packet builds scale with the data; give them room. */
export const SLOW_MS = 120_000;
