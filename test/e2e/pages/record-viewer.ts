/**
 * The record viewer (right column of "Search & review"): header fields, every place a copy was
 * found, the family (parent link, attached children) and thread line, body (text, or an email's
 * sanitised HTML in its sandboxed frame), the request picker, and coding with the decision
 * buttons or their keys (`r` release in full, `n` not responsive…).
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { byTestId, QUICK_MS } from './test-ids.js';
import type { Decision as CodingDecision } from '../../../shared/model/review.js';

export type Decision = CodingDecision | 'none';

export class RecordViewer {
  readonly root: Locator;
  readonly subjectHeading: Locator;
  readonly from: Locator;
  readonly body: Locator;
  readonly textViewButton: Locator;
  readonly htmlViewButton: Locator;
  /** The sandboxed `<iframe>` the HTML version is shown in. */
  readonly htmlFrameElement: Locator;
  /** Inside that frame. */
  readonly htmlFrame: FrameLocator;
  /** "5 remote items blocked (…)", with `data-remote-count`. */
  readonly htmlNotice: Locator;
  readonly locations: Locator;
  readonly locationItems: Locator;
  readonly custodians: Locator;
  readonly thread: Locator;
  readonly parentLink: Locator;
  readonly children: Locator;
  readonly error: Locator;
  readonly requestSelect: Locator;
  readonly newRequestButton: Locator;
  readonly requestTitleInput: Locator;
  readonly requestRequesterInput: Locator;
  readonly createRequestButton: Locator;
  readonly codingStatusLine: Locator;
  readonly note: Locator;
  readonly responsiveButton: Locator;
  readonly notResponsiveButton: Locator;
  readonly clearButton: Locator;
  readonly codingError: Locator;

  constructor(readonly page: Page) {
    this.root = byTestId(page, 'record-viewer');
    this.subjectHeading = byTestId(page, 'record-subject');
    this.from = byTestId(page, 'record-from');
    this.body = byTestId(page, 'record-body');
    this.textViewButton = byTestId(page, 'record-view-text');
    this.htmlViewButton = byTestId(page, 'record-view-html');
    this.htmlFrameElement = byTestId(page, 'record-html-frame');
    this.htmlFrame = page.frameLocator('[data-testid="record-html-frame"]');
    this.htmlNotice = byTestId(page, 'record-html-blocked');
    this.locations = byTestId(page, 'record-locations');
    this.locationItems = byTestId(page, 'record-location');
    this.custodians = byTestId(page, 'record-custodians');
    this.thread = byTestId(page, 'record-thread');
    this.parentLink = byTestId(page, 'record-parent-link');
    this.children = byTestId(page, 'record-child');
    this.error = byTestId(page, 'record-error');
    this.requestSelect = byTestId(page, 'request-select');
    this.newRequestButton = byTestId(page, 'new-request-button');
    this.requestTitleInput = byTestId(page, 'request-title-input');
    this.requestRequesterInput = byTestId(page, 'request-requester-input');
    this.createRequestButton = byTestId(page, 'create-request-button');
    this.codingStatusLine = byTestId(page, 'coding-status');
    this.note = byTestId(page, 'coding-note');
    this.responsiveButton = byTestId(page, 'decision-release-in-full');
    this.notResponsiveButton = byTestId(page, 'decision-not-responsive');
    this.clearButton = byTestId(page, 'clear-coding-button');
    this.codingError = byTestId(page, 'coding-error');
  }

  /** Waits until a record (or the given one) is shown and loaded. */
  async waitForRecord(recordId?: string): Promise<void> {
    const id = recordId ? `[data-record-id="${recordId}"]` : '[data-record-id]';
    await this.page.locator(`[data-testid="record-viewer"]${id}[data-state="ready"]`).waitFor({ timeout: QUICK_MS });
  }

  async recordId(): Promise<string | null> {
    return this.root.getAttribute('data-record-id');
  }

  /** The open record's subject (title) as shown. */
  async subject(): Promise<string> {
    return (await this.subjectHeading.textContent()) ?? '';
  }

  async bodyText(): Promise<string> {
    return (await this.body.textContent()) ?? '';
  }

  /** Which body is shown: 'text' or 'html'. */
  async bodyView(): Promise<string | null> {
    return byTestId(this.root, 'record-body-section').getAttribute('data-view');
  }

  /** Switches the body to the HTML version and waits until the frame is there. */
  async showHtml(): Promise<void> {
    await this.htmlViewButton.click();
    await this.htmlFrameElement.waitFor({ timeout: QUICK_MS });
  }

  /** Switches the body back to the text. */
  async showText(): Promise<void> {
    await this.textViewButton.click();
    await this.body.waitFor({ timeout: QUICK_MS });
  }

  /** What the HTML view says it withheld: its text and its count of remote items. */
  async htmlBlocked(): Promise<{ text: string; remoteCount: number }> {
    return {
      text: ((await this.htmlNotice.textContent()) ?? '').trim(),
      remoteCount: Number(await this.htmlNotice.getAttribute('data-remote-count')),
    };
  }

  /** The header fields as label → value (From, To, Date, Custodian(s), Kind, Thread, Attached, "Found in N places"…). */
  async fields(): Promise<Record<string, string>> {
    return this.root.locator('.record-fields').evaluate((list) => {
      const out: Record<string, string> = {};
      for (const term of Array.from(list.querySelectorAll('dt'))) {
        out[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
      }
      return out;
    });
  }

  /** Each place a copy was found, as one line (custodian · folder, labels, path · locator). */
  async locationLines(): Promise<string[]> {
    return (await this.locationItems.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** The thread line ("Reply — parent message not in the collection (by subject)"), or null. */
  async threadText(): Promise<string | null> {
    return (await this.thread.count()) > 0 ? ((await this.thread.textContent()) ?? '').trim() : null;
  }

  /** The names of the records attached to the open one (file names; subjects of attached emails). */
  async childNames(): Promise<string[]> {
    return (await byTestId(this.children, 'record-child-link').allTextContents()).map((text) => text.trim());
  }

  /** Opens attached record `index` and waits until the viewer shows it. */
  async openChild(index: number): Promise<void> {
    const child = this.children.nth(index);
    const recordId = (await child.getAttribute('data-record-id')) ?? '';
    await byTestId(child, 'record-child-link').click();
    await this.waitForRecord(recordId);
  }

  /** Follows "Attached to" up to the parent record and waits until it is shown. */
  async openParent(): Promise<void> {
    const before = await this.recordId();
    await this.parentLink.click();
    await this.page.locator(`[data-testid="record-viewer"][data-state="ready"]:not([data-record-id="${before ?? ''}"])`).waitFor({ timeout: QUICK_MS });
  }

  /** The open record's decision for the selected request. */
  async codingStatus(): Promise<Decision> {
    const value = await this.codingStatusLine.getAttribute('data-decision');
    return value === null || value === 'none' ? 'none' : (value as CodingDecision);
  }

  /** Clicks Release in full (after typing `note`, when given) and waits until it is saved. */
  async markResponsive(note?: string): Promise<void> {
    await this.code(this.responsiveButton, 'release-in-full', note);
  }

  /** Clicks Not responsive (after typing `note`, when given) and waits until it is saved. */
  async markNotResponsive(note?: string): Promise<void> {
    await this.code(this.notResponsiveButton, 'not-responsive', note);
  }

  /** Clicks Clear and waits until the record is back to "not reviewed". */
  async clearCoding(): Promise<void> {
    await this.code(this.clearButton, 'none');
  }

  /**
   * Presses `r` or `n` with focus outside any text field (the shortcut is ignored in fields),
   * then waits for the decision to be saved.
   */
  async pressShortcut(key: 'r' | 'n'): Promise<void> {
    await this.subjectHeading.click();
    await this.page.keyboard.press(key);
    await this.waitForDecision(key === 'r' ? 'release-in-full' : 'not-responsive');
  }

  async waitForDecision(decision: Decision): Promise<void> {
    await this.page
      .locator(`[data-testid="coding-status"][data-saving="false"][data-decision="${decision}"]`)
      .waitFor({ timeout: QUICK_MS });
  }

  /** Selects the request to code against, by its title. */
  async selectRequest(title: string): Promise<void> {
    const value = await this.requestSelect.locator('option', { hasText: title }).first().getAttribute('value');
    await this.requestSelect.selectOption(value ?? '');
  }

  /** Creates a request (opening the form first if other requests exist) and waits until it is selected. */
  async createRequest(title: string, requester?: string): Promise<void> {
    if (!(await this.requestTitleInput.isVisible())) {
      await this.newRequestButton.click();
    }
    await this.requestTitleInput.fill(title);
    if (requester !== undefined) {
      await this.requestRequesterInput.fill(requester);
    }
    await this.createRequestButton.click();
    await this.page.waitForFunction(
      (expected) => {
        const select = document.querySelector<HTMLSelectElement>('[data-testid="request-select"]');
        return select?.selectedOptions[0]?.textContent?.startsWith(expected) ?? false;
      },
      title,
      { timeout: QUICK_MS },
    );
  }

  /** The selected request's title (with " — requester" when it has one). */
  async selectedRequestText(): Promise<string> {
    return this.requestSelect.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  private async code(button: Locator, expected: Decision, note?: string): Promise<void> {
    if (note !== undefined) {
      await this.note.fill(note);
    }
    await button.click();
    await this.waitForDecision(expected);
  }

  /** The document facts the header shows, by label ('Document', 'Author', 'Needs OCR'…). */
  async documentFacts(): Promise<Record<string, string>> {
    const pairs = await byTestId(this.root, 'record-document-fact').evaluateAll((elements) =>
      elements.map((element) => [element.getAttribute('data-label') ?? '', element.querySelector('dd')?.textContent ?? ''] as const),
    );
    return Object.fromEntries(pairs);
  }
}
