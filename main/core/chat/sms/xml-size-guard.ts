/**
 * Keeps saxes's memory bounded. saxes holds a whole attribute value, text run, comment, processing
 * instruction or DOCTYPE in one string until it ends, with no limit, so a hostile or broken backup
 * (a 100 MB line, a DOCTYPE that never closes) would be held whole. This guard reads the XML
 * lexically just ahead of saxes and passes on at most `maxChars` of any one such token; the rest
 * is dropped and noted, so the reader can report the element it belonged to and read on.
 *
 * The guard counts start tags in document order, as saxes reports them, so a note about a value
 * can be matched to its element; it counts the newlines it drops, so saxes's line numbers can be
 * corrected. A column after a dropped run on the same line is not corrected.
 */

/** Text for saxes, and how many newlines the guard dropped before it (to add to saxes's line). */
export type GuardSegment = { kind: 'text'; text: string; droppedLinesBefore: number };

/** A note about something the guard dropped. */
export type GuardNotice =
  /** An attribute value over the limit; `element` counts start tags from 1. */
  | { kind: 'attribute'; element: number; attribute: string; chars: number; line: number }
  /** Another token over the limit; it comes in the output where the token ended. */
  | { kind: 'run'; what: 'text' | 'tag' | 'comment' | 'CDATA section' | 'processing instruction' | 'declaration'; chars: number; line: number };

type State = 'text' | 'lt' | 'bang' | 'start-tag' | 'value' | 'end-tag' | 'comment' | 'cdata' | 'pi' | 'decl';

const RUN_NAMES: Partial<Record<State, Extract<GuardNotice, { kind: 'run' }>['what']>> = {
  text: 'text',
  'start-tag': 'tag',
  'end-tag': 'tag',
  comment: 'comment',
  cdata: 'CDATA section',
  pi: 'processing instruction',
  decl: 'declaration',
};

/** Attribute names longer than this are cut in notes (the name itself still reaches saxes). */
const MAX_NAME_CHARS = 256;

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c > 0x7f;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
    n++;
  }
  return n;
}

/** Reads XML just ahead of saxes and bounds what saxes may hold (see the file's header). */
export class XmlSizeGuard {
  private readonly maxChars: number;
  private state: State = 'text';
  /** Characters of the current token so far, passed on or not (for notes). */
  private runChars = 0;
  /** Characters of the current token passed on, outside attribute values. */
  private fedChars = 0;
  /** Some of the current token was dropped (for a start tag: outside its values). */
  private cut = false;
  /** The line the current token began on. */
  private tokenLine = 1;
  private element = 0;
  private attribute = '';
  private valueChars = 0;
  private valueFed = 0;
  /** Characters of all the current start tag's values passed on. */
  private valuesFed = 0;
  private valueCut = false;
  private valueLine = 0;
  private quote = 0;
  private bang = '';
  /** Dashes, brackets or question marks just seen, toward a terminator. */
  private tail = 0;
  private declQuote = 0;
  private declDepth = 0;
  /** Where the DOCTYPE stood when dropping began, to close it properly for saxes. */
  private declCutQuote = 0;
  private declCutDepth = 0;
  private line = 1;
  private droppedLines = 0;
  private text = '';
  private feeding = true;
  private segmentStart = 0;
  private segmentDropped = 0;
  private segments: Array<GuardSegment | GuardNotice> = [];
  private readonly attributeNotices = new Map<number, GuardNotice[]>();

  /**
   * @param maxChars the most characters passed on of one token, of one attribute value, and of a
   *   start tag outside its values; a start tag's values together may hold twice that
   */
  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }

  /** The notes about values of the `element`-th start tag (counted from 1); each is given once. */
  takeAttributeNotices(element: number): GuardNotice[] {
    const notices = this.attributeNotices.get(element) ?? [];
    this.attributeNotices.delete(element);
    return notices;
  }

  /**
   * Reads the next piece of the document; returns what saxes may see of it, in order, with a note
   * about each other over-long token where that token ends.
   */
  push(text: string): Array<GuardSegment | GuardNotice> {
    this.text = text;
    this.segments = [];
    this.segmentStart = 0;
    this.segmentDropped = this.droppedLines;
    let i = 0;
    while (i < text.length) {
      i = this.step(text, i);
    }
    if (this.feeding && this.segmentStart < text.length) {
      this.segments.push({ kind: 'text', text: text.slice(this.segmentStart), droppedLinesBefore: this.segmentDropped });
    }
    this.text = '';
    return this.segments;
  }

  /** Handles text from `i`; returns where to go on. */
  private step(text: string, i: number): number {
    const c = text.charCodeAt(i);
    switch (this.state) {
      case 'text': {
        const lt = text.indexOf('<', i);
        const end = lt < 0 ? text.length : lt;
        this.tokenContent(i, end);
        if (lt < 0) {
          return end;
        }
        this.endToken(lt);
        this.markup(lt);
        this.state = 'lt';
        return lt + 1;
      }
      case 'lt':
        this.markup(i);
        this.runChars = 0;
        this.fedChars = 0;
        if (c === 0x2f) {
          this.state = 'end-tag';
        } else if (c === 0x21) {
          this.state = 'bang';
          this.bang = '';
        } else if (c === 0x3f) {
          this.state = 'pi';
          this.tail = 0;
        } else if (isNameStart(c)) {
          this.state = 'start-tag';
          this.element++;
          this.attribute = '';
          this.runChars = 1;
          this.fedChars = 1;
          this.valuesFed = 0;
        } else {
          this.state = 'text';
        }
        return i + 1;
      case 'bang':
        this.markup(i);
        this.bang += text.charAt(i);
        if (this.bang === '--') {
          this.state = 'comment';
          this.tail = 0;
        } else if (this.bang === '[CDATA[') {
          this.state = 'cdata';
          this.tail = 0;
        } else if (!'--'.startsWith(this.bang) && !'[CDATA['.startsWith(this.bang)) {
          this.state = 'decl';
          this.declQuote = 0;
          this.declDepth = this.bang === '[' ? 1 : 0;
        }
        return i + 1;
      case 'start-tag':
        return this.inStartTag(text, i, c);
      case 'value': {
        const close = text.indexOf(String.fromCharCode(this.quote), i);
        const end = close < 0 ? text.length : close;
        // One value may hold the limit, all of a tag's values together twice the limit.
        const fed = this.content(i, end, Math.min(this.maxChars - this.valueFed, 2 * this.maxChars - this.valuesFed));
        this.valueFed += fed;
        this.valuesFed += fed;
        this.valueChars += end - i;
        if (fed < end - i) {
          this.valueCut = true;
        }
        if (close < 0) {
          return end;
        }
        if (this.valueCut) {
          const notices = this.attributeNotices.get(this.element) ?? [];
          notices.push({ kind: 'attribute', element: this.element, attribute: this.attribute, chars: this.valueChars, line: this.valueLine });
          this.attributeNotices.set(this.element, notices);
        }
        this.markup(close);
        this.state = 'start-tag';
        this.attribute = '';
        return close + 1;
      }
      case 'end-tag':
        if (c === 0x3e) {
          this.endToken(i);
          this.markup(i);
          this.state = 'text';
        } else {
          this.tokenContent(i, i + 1);
        }
        return i + 1;
      case 'comment':
        return this.untilTerminator(i, c, 0x2d, '-->');
      case 'cdata':
        return this.untilTerminator(i, c, 0x5d, ']]>');
      case 'pi':
        return this.untilTerminator(i, c, 0x3f, '?>');
      case 'decl':
        return this.inDeclaration(i, c);
    }
  }

  private inStartTag(text: string, i: number, c: number): number {
    if (c === 0x22 || c === 0x27) {
      this.markup(i);
      this.quote = c;
      this.valueChars = 0;
      this.valueFed = 0;
      this.valueCut = false;
      this.valueLine = this.line;
      this.state = 'value';
      return i + 1;
    }
    if (c === 0x3e || c === 0x3d || c === 0x2f) {
      this.markup(i);
      if (c === 0x3e) {
        this.endToken(i);
        this.state = 'text';
      }
      return i + 1;
    }
    if (isSpace(c)) {
      this.attribute = '';
    } else if (this.attribute.length < MAX_NAME_CHARS) {
      this.attribute += text.charAt(i);
    }
    this.tokenContent(i, i + 1);
    return i + 1;
  }

  private inDeclaration(i: number, c: number): number {
    if (this.declQuote !== 0) {
      if (c === this.declQuote) {
        this.declQuote = 0;
      }
    } else if (c === 0x22 || c === 0x27) {
      this.declQuote = c;
    } else if (c === 0x5b) {
      this.declDepth++;
    } else if (c === 0x5d) {
      this.declDepth = Math.max(0, this.declDepth - 1);
    } else if (c === 0x3e && this.declDepth === 0) {
      if (this.cut) {
        // What saxes saw stopped mid-declaration: close its quote and internal subset for it.
        this.inject((this.declCutQuote === 0 ? '' : String.fromCharCode(this.declCutQuote)) + (this.declCutDepth > 0 ? ']' : ''), i);
      }
      this.endToken(i);
      this.markup(i);
      this.state = 'text';
      return i + 1;
    }
    const wasCut = this.cut;
    this.tokenContent(i, i + 1);
    if (!wasCut && this.cut) {
      this.declCutQuote = this.declQuote;
      this.declCutDepth = this.declDepth;
    }
    return i + 1;
  }

  /** Comments, CDATA and processing instructions: content up to a terminator like '-->'. */
  private untilTerminator(i: number, c: number, repeat: number, terminator: string): number {
    const needed = terminator.length - 1;
    if (c === 0x3e && this.tail >= needed) {
      // The terminator's first characters were counted as content; they are not.
      this.runChars -= needed;
      if (this.cut) {
        // The terminator's first characters were dropped with the content; saxes needs them all.
        this.inject(terminator.slice(0, needed), i);
      }
      this.endToken(i);
      this.markup(i);
      this.state = 'text';
      return i + 1;
    }
    this.tail = c === repeat ? this.tail + 1 : 0;
    this.tokenContent(i, i + 1);
    return i + 1;
  }

  /** Content outside attribute values; notes the token as cut when some of it is dropped. */
  private tokenContent(from: number, to: number): void {
    const fed = this.content(from, to, this.maxChars - this.fedChars);
    this.fedChars += fed;
    if (fed < to - from) {
      this.cut = true;
    }
  }

  /**
   * Token text in [from, to): the first `room` characters are passed on, the rest dropped (their
   * newlines counted). Returns how many were passed on.
   */
  private content(from: number, to: number, room: number): number {
    if (from >= to) {
      return 0;
    }
    const fed = Math.min(Math.max(0, room), to - from);
    this.runChars += to - from;
    if (fed > 0) {
      this.setFeeding(true, from);
      this.line += countNewlines(this.text, from, from + fed);
    }
    if (fed < to - from) {
      this.setFeeding(false, from + fed);
      const dropped = countNewlines(this.text, from + fed, to);
      this.line += dropped;
      this.droppedLines += dropped;
    }
    return fed;
  }

  /** A markup character: always passed on. */
  private markup(at: number): void {
    this.setFeeding(true, at);
  }

  /** Text saxes must see that the file did not give at this point. */
  private inject(piece: string, at: number): void {
    this.setFeeding(false, at);
    if (piece.length > 0) {
      this.segments.push({ kind: 'text', text: piece, droppedLinesBefore: this.droppedLines });
    }
  }

  private endToken(at: number): void {
    if (this.cut) {
      const what = RUN_NAMES[this.state];
      if (what !== undefined) {
        // Close the text in hand, so the note comes after what saxes saw of the token.
        this.setFeeding(false, at);
        this.segments.push({ kind: 'run', what, chars: this.runChars, line: this.tokenLine });
        // The markup character at `at` ends the token and is passed on.
        this.setFeeding(true, at);
      }
    }
    this.cut = false;
    this.runChars = 0;
    this.fedChars = 0;
    this.tokenLine = this.line;
  }

  private setFeeding(on: boolean, at: number): void {
    if (on === this.feeding) {
      return;
    }
    if (on) {
      this.segmentStart = at;
      this.segmentDropped = this.droppedLines;
    } else if (at > this.segmentStart) {
      this.segments.push({ kind: 'text', text: this.text.slice(this.segmentStart, at), droppedLinesBefore: this.segmentDropped });
    }
    this.feeding = on;
  }
}
