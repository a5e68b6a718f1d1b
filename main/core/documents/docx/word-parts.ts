/**
 * Reading WordprocessingML parts that mammoth leaves out or cannot report on:
 * - headers and footers (mammoth converts the body only; a letterhead or a "CONFIDENTIAL" footer
 *   is part of the record);
 * - comments with their authors and dates (mammoth shows a comment's initials, not its author);
 * - tracked changes: mammoth shows insertions and drops deletions (the "accepted" view), which is
 *   right for the text, but the officer must be told that deleted text is still in the file.
 *
 * Text is taken from <w:t> runs only (never <w:delText> or field instructions), with tabs, breaks
 * and paragraph ends as \t and \n.
 */
import type { DocumentComment } from '../extracted-document.js';
import { attribute, parseXml } from '../xml/xml-reader.js';

/** Collects the visible text of WordprocessingML elements as saxes reports them. */
class RunText {
  private inText = 0;
  private parts: string[] = [];

  open(name: string): void {
    if (name === 't') {
      this.inText++;
    } else if (name === 'tab') {
      this.parts.push('\t');
    } else if (name === 'br' || name === 'cr') {
      this.parts.push('\n');
    }
  }

  close(name: string): void {
    if (name === 't') {
      this.inText = Math.max(0, this.inText - 1);
    } else if (name === 'p') {
      this.parts.push('\n');
    }
  }

  text(chunk: string): void {
    if (this.inText > 0) {
      this.parts.push(chunk);
    }
  }

  /** The text so far (trimmed of blank lines at the ends), and a fresh start. */
  take(): string {
    const value = this.parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
    this.parts = [];
    return value;
  }
}

/** The visible text of a header, footer or other story part. */
export function wordPartText(xml: string | Uint8Array): string {
  const run = new RunText();
  parseXml(xml, { open: (name) => run.open(name), close: (name) => run.close(name), text: (chunk) => run.text(chunk) });
  return run.take();
}

/** A W3CDTF date ("2008-01-21T14:33:00Z") as ISO, or null. */
function commentDate(value: string | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : /Z|[+-]\d{2}:\d{2}$/.test(value) ? date.toISOString().replace('.000Z', 'Z') : value;
}

/** The comments in word/comments.xml, in file order. */
export function wordComments(xml: string | Uint8Array): DocumentComment[] {
  const comments: DocumentComment[] = [];
  const run = new RunText();
  let current: { author: string; date: string | null } | null = null;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'comment') {
        run.take();
        current = { author: attribute(attributes, 'author') ?? attribute(attributes, 'initials') ?? '', date: commentDate(attribute(attributes, 'date')) };
      } else {
        run.open(name);
      }
    },
    close: (name) => {
      if (name === 'comment' && current) {
        const text = run.take();
        if (text !== '') {
          comments.push({ where: '', author: current.author, date: current.date, kind: 'comment', text });
        }
        current = null;
      } else {
        run.close(name);
      }
    },
    text: (chunk) => run.text(chunk),
  });
  return comments;
}

/** Revision marks in a story part, and how much deleted text it still holds. */
export type TrackedChanges = { insertions: number; deletions: number; moves: number; deletedCharacters: number };

/** Counts revision marks in a story part and the characters of deleted text it still holds. */
export function trackedChanges(xml: string | Uint8Array): TrackedChanges {
  const counts: TrackedChanges = { insertions: 0, deletions: 0, moves: 0, deletedCharacters: 0 };
  let inDeletedText = 0;
  parseXml(xml, {
    open: (name) => {
      if (name === 'ins') {
        counts.insertions++;
      } else if (name === 'del') {
        counts.deletions++;
      } else if (name === 'moveFrom') {
        counts.moves++;
      } else if (name === 'delText') {
        inDeletedText++;
      }
    },
    close: (name) => {
      if (name === 'delText') {
        inDeletedText = Math.max(0, inDeletedText - 1);
      }
    },
    text: (chunk) => {
      if (inDeletedText > 0) {
        counts.deletedCharacters += chunk.length;
      }
    },
  });
  return counts;
}
