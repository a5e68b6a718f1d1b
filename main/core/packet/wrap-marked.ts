/**
 * Word wrapping of marked text (visible runs and redaction boxes) into lines.
 *
 * Same rules as wrap-text.ts (only line breaks change, spaces inside a line and blank lines are
 * kept, a word too long for the column breaks between grapheme clusters), with one addition: a
 * redaction is a box, and a box is glued to the visible characters around it up to the nearest
 * space, so "[box]'s" or "ID:[box]" wraps as one unit and never strands a fragment. A box never
 * breaks; one wider than the line is capped to it. A redaction whose hidden text spans line
 * breaks gives one box per line of hidden text, each sized to its own piece.
 *
 * With no redactions the lines are exactly those of `wrapText` (a test holds it to that).
 *
 * Pure: widths come from the caller.
 */
import { splitGraphemes } from './graphemes.js';
import type { MarkedText } from './redacted-runs.js';
import type { MeasureWidth } from './wrap-text.js';

export type LinePiece = { kind: 'text'; text: string } | { kind: 'box'; label: string; width: number };

/** One output line, left to right; text pieces never follow each other. */
export type MarkedLine = LinePiece[];

export type MarkedWrapOptions = {
  /** Width of the first line of the text and of every later one (a hanging indent makes those narrower). */
  firstWidth: number;
  restWidth: number;
  /** Width of visible text in the column's font. */
  measure: MeasureWidth;
  /** Width of a box labelled `label` over hidden text `hiddenWidth` wide, at most `maxWidth`. */
  boxWidth: (label: string, hiddenWidth: number, maxWidth: number) => number;
};

type Atom = { kind: 'text'; text: string } | { kind: 'box'; label: string; width: number };

type Token = { space: true; text: string; width: number } | { space: false; atoms: Atom[]; width: number };

// As in wrap-text.ts: only the ASCII space is a break opportunity.
const TOKENS = / +|[^ ]+/g;

/** Marked text as paragraphs of atoms: text runs split at newlines, hidden text at its line breaks. */
function paragraphsOf(marked: MarkedText, options: MarkedWrapOptions): Atom[][] {
  const maxBox = Math.min(options.firstWidth, options.restWidth);
  const paragraphs: Atom[][] = [[]];
  const current = (): Atom[] => paragraphs[paragraphs.length - 1] ?? [];
  for (const segment of marked) {
    if (segment.kind === 'text') {
      segment.text.split('\n').forEach((part, index) => {
        if (index > 0) {
          paragraphs.push([]);
        }
        if (part !== '') {
          current().push({ kind: 'text', text: part });
        }
      });
      continue;
    }
    const pieces = segment.hidden.split('\n');
    // A span that covers only line breaks still gets its box, on the line where it starts.
    const anyInk = pieces.some((piece) => piece !== '');
    pieces.forEach((piece, index) => {
      if (index > 0) {
        paragraphs.push([]);
      }
      if (piece !== '' || (!anyInk && index === 0)) {
        const hiddenWidth = piece === '' ? 0 : options.measure(piece);
        current().push({ kind: 'box', label: segment.label, width: options.boxWidth(segment.label, hiddenWidth, maxBox) });
      }
    });
  }
  return paragraphs;
}

/** Spaces and words; a word is every non-space run and box between two spaces. */
function tokensOf(paragraph: readonly Atom[], measure: MeasureWidth): Token[] {
  const tokens: Token[] = [];
  let word: Atom[] | null = null;
  const endWord = (): void => {
    if (word !== null) {
      tokens.push({ space: false, atoms: word, width: word.reduce((sum, atom) => sum + (atom.kind === 'box' ? atom.width : measure(atom.text)), 0) });
      word = null;
    }
  };
  for (const atom of paragraph) {
    if (atom.kind === 'box') {
      (word ??= []).push(atom);
      continue;
    }
    for (const chunk of atom.text.match(TOKENS) ?? []) {
      if (chunk.startsWith(' ')) {
        endWord();
        tokens.push({ space: true, text: chunk, width: measure(chunk) });
      } else {
        (word ??= []).push({ kind: 'text', text: chunk });
      }
    }
  }
  endWord();
  return tokens;
}

/** Appends to a line, merging neighbouring text. */
function append(line: LinePiece[], piece: LinePiece): void {
  const last = line.at(-1);
  if (piece.kind === 'text' && last?.kind === 'text') {
    line[line.length - 1] = { kind: 'text', text: last.text + piece.text };
  } else if (piece.kind === 'box' || piece.text !== '') {
    line.push(piece);
  }
}

/** Wraps `marked` into lines; see the file comment. */
export function wrapMarked(marked: MarkedText, options: MarkedWrapOptions): MarkedLine[] {
  const out: MarkedLine[] = [];
  for (const paragraph of paragraphsOf(marked, options)) {
    wrapParagraph(tokensOf(paragraph, options.measure), options, out);
  }
  return out;
}

function wrapParagraph(tokens: readonly Token[], options: MarkedWrapOptions, out: MarkedLine[]): void {
  const { measure } = options;
  const maxWidth = (): number => (out.length === 0 ? options.firstWidth : options.restWidth);
  if (tokens.length === 0) {
    out.push([]);
    return;
  }
  let line: LinePiece[] = [];
  let lineWidth = 0;
  // Whether the line holds anything but spaces (tracked, not recomputed per grapheme).
  let ink = false;
  let pending = '';
  let pendingWidth = 0;
  let wrapped = false;

  const endLine = (): void => {
    out.push(line);
    line = [];
    lineWidth = 0;
    ink = false;
    pending = '';
    pendingWidth = 0;
    wrapped = true;
  };
  const flushPending = (): void => {
    append(line, { kind: 'text', text: pending });
    lineWidth += pendingWidth;
    pending = '';
    pendingWidth = 0;
  };

  for (const token of tokens) {
    if (token.space) {
      if (line.length === 0 && wrapped) {
        continue;
      }
      pending += token.text;
      pendingWidth += token.width;
      continue;
    }
    if (lineWidth + pendingWidth + token.width <= maxWidth()) {
      flushPending();
      token.atoms.forEach((atom) => append(line, atom));
      lineWidth += token.width;
      ink = true;
      continue;
    }
    if (token.width <= maxWidth() || (line.length > 0 && token.width <= options.restWidth)) {
      if (line.length > 0) {
        endLine();
      }
      pending = '';
      pendingWidth = 0;
      token.atoms.forEach((atom) => append(line, atom));
      lineWidth = token.width;
      ink = true;
      continue;
    }
    // Too long for any line: break between graphemes, boxes whole, starting on this line.
    flushPending();
    for (const atom of token.atoms) {
      const parts: Atom[] = atom.kind === 'box' ? [atom] : splitGraphemes(atom.text).map((text) => ({ kind: 'text', text }));
      for (const part of parts) {
        const width = part.kind === 'box' ? part.width : measure(part.text);
        if (lineWidth + width > maxWidth() && ink) {
          endLine();
        }
        append(line, part);
        lineWidth += width;
        ink = true;
      }
    }
  }
  if (line.length > 0 || !wrapped) {
    out.push(line);
  }
}
