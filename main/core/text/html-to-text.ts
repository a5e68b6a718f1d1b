/**
 * Plain text from HTML (mail bodies, saved web pages, converted Word documents) for indexing and
 * packets. It only ever produces text: scripts, styles and the head are dropped, nothing is
 * executed or fetched.
 *
 * Roughly what a browser's innerText gives: runs of source whitespace collapse to one space
 * (except inside <pre> and <textarea>), block elements start new lines, <br> breaks a line, table
 * cells are separated by tabs and rows by line ends. Linear in the input (see html-tokens.ts).
 */
import { decodeEntities } from './html-entities.js';
import { htmlTokens } from './html-tokens.js';

/** Kept here too: mail code imported it from this module before html-entities.ts existed. */
export { decodeEntities } from './html-entities.js';

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul', 'option',
]);

/** Elements whose text is never shown as document text. */
const HIDDEN_RAW = new Set(['script', 'style', 'title', 'template', 'iframe', 'noembed', 'noframes', 'xmp']);

/** Elements whose content is hidden even though it is ordinary markup (Word's <xml> islands, <head>). */
const HIDDEN_CONTAINERS = new Set(['head', 'xml', 'noscript']);

/** What may stand in a head; anything else (or visible text) means the body has begun without a <body> tag. */
const HEAD_CONTENT = new Set(['meta', 'link', 'base', 'title', 'style', 'script', 'noscript', 'template', 'object', 'xml', 'basefont', 'bgsound']);

const PREFORMATTED = new Set(['pre', 'listing', 'textarea', 'plaintext']);

/**
 * Builds the text. Line breaks for block boundaries are held back until more text comes, so that
 * nested blocks make one break, not several, and a paragraph inside a table cell does not split
 * its row (a tab separator cancels them).
 */
class TextWriter {
  private readonly out: string[] = [];
  /** 'line': at the start of a line; 'cell': just after a cell separator; 'text': after text. */
  private position: 'line' | 'cell' | 'text' = 'line';
  private pendingLine = false;
  private pendingSpace = false;

  /** Text as the source has it; whitespace collapses unless preformatted. */
  text(value: string, preformatted: boolean): void {
    if (preformatted) {
      if (value.length > 0) {
        this.flushLine();
        this.flushSpace();
        this.out.push(value);
        this.position = value.endsWith('\n') ? 'line' : 'text';
      }
      return;
    }
    const parts = value.split(/[ \t\n\r\f]+/);
    parts.forEach((part, index) => {
      if (index > 0) {
        this.pendingSpace = true;
      }
      if (part.length > 0) {
        this.flushLine();
        this.flushSpace();
        this.out.push(part);
        this.position = 'text';
      }
    });
  }

  private flushLine(): void {
    if (this.pendingLine && this.position === 'text') {
      this.out.push('\n');
      this.position = 'line';
      this.pendingSpace = false;
    }
    this.pendingLine = false;
  }

  private flushSpace(): void {
    if (this.pendingSpace && this.position === 'text') {
      this.out.push(' ');
    }
    this.pendingSpace = false;
  }

  /** A block boundary: the next text starts a new line. */
  line(): void {
    this.pendingLine = true;
  }

  /** A forced line break (<br>): consecutive ones make empty lines. */
  lineBreak(): void {
    this.flushLine();
    this.out.push('\n');
    this.position = 'line';
    this.pendingSpace = false;
  }

  cellSeparator(): void {
    this.pendingLine = false;
    this.pendingSpace = false;
    this.out.push('\t');
    this.position = 'cell';
  }

  result(): string {
    return this.out
      .join('')
      .replace(/[ \t\u00a0]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/** The text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  const writer = new TextWriter();
  // Open hidden containers, innermost last: a Word <xml> island inside the <head>, for instance.
  let hidden: string[] = [];
  let preDepth = 0;
  const cellsInRow: number[] = [0];
  for (const token of htmlTokens(html)) {
    const top = hidden[hidden.length - 1];
    if (top === 'head' && ((token.kind === 'text' && /[^ \t\n\r\f]/.test(token.text)) || (token.kind === 'start' && !HEAD_CONTENT.has(token.name)))) {
      // A page that never closes its head: body content ends it, as browsers do.
      hidden = [];
    }
    if (hidden.length > 0) {
      if (token.kind === 'start' && HIDDEN_CONTAINERS.has(token.name) && !token.selfClosing) {
        hidden.push(token.name);
      } else if (token.kind === 'end' && token.name === top) {
        hidden.pop();
      }
      continue;
    }
    switch (token.kind) {
      case 'text':
        writer.text(decodeEntities(token.text), preDepth > 0);
        break;
      case 'raw':
        if (!HIDDEN_RAW.has(token.name)) {
          writer.text(decodeEntities(token.text), PREFORMATTED.has(token.name));
        }
        break;
      case 'start': {
        const name = token.name;
        if (HIDDEN_CONTAINERS.has(name) && !token.selfClosing) {
          hidden.push(name);
          break;
        }
        if (name === 'br') {
          writer.lineBreak();
        } else if (name === 'tr') {
          writer.line();
          cellsInRow[cellsInRow.length - 1] = 0;
        } else if (name === 'td' || name === 'th') {
          const index = cellsInRow.length - 1;
          if ((cellsInRow[index] ?? 0) > 0) {
            writer.cellSeparator();
          }
          cellsInRow[index] = (cellsInRow[index] ?? 0) + 1;
        } else if (name === 'table') {
          writer.line();
          cellsInRow.push(0);
        } else if (BLOCKS.has(name)) {
          writer.line();
        }
        if (PREFORMATTED.has(name) && !token.selfClosing) {
          preDepth++;
        }
        break;
      }
      case 'end': {
        const name = token.name;
        if (name === 'table' && cellsInRow.length > 1) {
          cellsInRow.pop();
        }
        if (PREFORMATTED.has(name) && preDepth > 0) {
          preDepth--;
        }
        if (BLOCKS.has(name) || name === 'br') {
          writer.line();
        }
        break;
      }
    }
  }
  return writer.result();
}
