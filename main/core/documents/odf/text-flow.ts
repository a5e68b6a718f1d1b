/**
 * Text assembled from OpenDocument markup the way a reader sees it. ODF collapses white space in
 * paragraphs (a line end or a run of spaces in the XML shows as one space) and writes the spaces,
 * tabs and line breaks that matter as elements (<text:s text:c="3"/>, <text:tab/>,
 * <text:line-break/>). Paragraphs end lines and table rows end lines; cells are separated by tabs.
 * Inside a table cell, or in an inline flow (one spreadsheet cell), paragraphs, tabs and breaks
 * are spaces, so a cell never splits its row.
 *
 * Every flow of one document draws on one shared budget of characters: once it is spent, text is
 * refused and the budget says so, which the readers use to stop parsing.
 */

/** Characters a document's flows may still take, shared by all of them. */
export type TextBudget = { remaining: number; exhausted: boolean };

/** Above this, one <text:s text:c> element stands for this many spaces (a count of 10⁹ is no layout). */
const MAX_SPACES = 64;

export class TextFlow {
  private parts: string[] = [];
  private cellDepth: number;

  /** `inline`: the whole flow is one cell's text (paragraphs and breaks become spaces). */
  constructor(
    private readonly budget: TextBudget,
    inline = false,
  ) {
    this.cellDepth = inline ? 1 : 0;
  }

  /** Character data inside a paragraph: white space collapses to single spaces. */
  text(chunk: string): void {
    this.push(chunk.replace(/[ \t\r\n]+/g, ' '));
  }

  /** <text:s text:c="n"/>: spaces the author typed. */
  spaces(count: number): void {
    this.push(' '.repeat(Number.isInteger(count) && count > 0 ? Math.min(count, MAX_SPACES) : 1));
  }

  tab(): void {
    this.push(this.cellDepth > 0 ? ' ' : '\t');
  }

  /** A line break, or the end of a paragraph or heading. */
  lineBreak(): void {
    this.push(this.cellDepth > 0 ? ' ' : '\n');
  }

  openCell(): void {
    this.cellDepth++;
  }

  closeCell(): void {
    this.cellDepth = Math.max(0, this.cellDepth - 1);
    this.push(this.cellDepth > 0 ? ' ' : '\t');
  }

  endRow(): void {
    this.push(this.cellDepth > 0 ? ' ' : '\n');
  }

  /** The text so far, lines trimmed and blank lines dropped, and a fresh start. */
  take(): string {
    const text = this.parts.join('').replace(/ +\t/g, '\t').replace(/[ \t]+\n/g, '\n').replace(/\n +/g, '\n').replace(/\n{2,}/g, '\n').trim();
    this.parts = [];
    return text;
  }

  private push(text: string): void {
    if (this.budget.exhausted) {
      return;
    }
    if (text.length > this.budget.remaining) {
      this.budget.exhausted = true;
      return;
    }
    this.parts.push(text);
    this.budget.remaining -= text.length;
  }
}
