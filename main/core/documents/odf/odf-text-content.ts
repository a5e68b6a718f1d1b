/**
 * The content of an OpenDocument text, presentation, drawing or chart (its content.xml, or an
 * embedded object's), streamed: no tree is built, so a large document costs the memory of its
 * text. What the reader sees becomes:
 * - the body: paragraphs, headings and list items as lines, tables as tab-separated rows, text in
 *   frames and shapes where it is anchored; a presentation's pages as slides with their speaker
 *   notes (<presentation:notes>);
 * - comments (<office:annotation>, LibreOffice's <officeooo:annotation> on slides) with their
 *   author and date, kept out of the body text they sit in;
 * - footnotes and endnotes (<text:note>), kept out of the sentence they interrupt and listed after
 *   the body, as for DOCX;
 * - filled-in form controls, the hrefs of embedded objects, and presentation header and footer
 *   declarations.
 * Deleted text of tracked changes (<text:tracked-changes>) is counted, not read: the text shows
 * the changes accepted. Index templates (<text:*-source>), the titles and descriptions of
 * drawings and inline image data are no document text and are left out.
 */
import type { DocumentComment, DocumentField } from '../extracted-document.js';
import { isoDate } from '../office/office-properties.js';
import { attribute, parseXmlStream, XmlError } from '../xml/xml-reader.js';
import { FormControls } from './form-controls.js';
import { TextFlow, type TextBudget } from './text-flow.js';

export type OdfNote = { kind: string; citation: string; text: string };

export type TrackedChangeCounts = { insertions: number; deletions: number; deletedCharacters: number };

export type OdfContent = {
  body: string;
  /** Drawing pages (slides) in the part, read or not. */
  slideCount: number;
  comments: DocumentComment[];
  notes: OdfNote[];
  fields: DocumentField[];
  /** Embedded objects as their hrefs ('./Object 1'), in document order. */
  objects: string[];
  /** Presentation header, footer and date declarations, distinct. */
  margins: string[];
  changes: TrackedChangeCounts;
  /** Why reading stopped on malformed XML, or null; the rest of the result holds what came before. */
  damage: string | null;
};

/** Annotations in notes in annotations…: deeper nesting than this is skipped, so hostile nesting costs no memory. */
const MAX_SINKS = 8;
/** Embedded objects listed at most. */
const MAX_OBJECTS = 200;
/** Characters kept of an author, date, citation or declaration. */
const MAX_CAPTURE = 1000;
/** Parents whose character data is no document text: a drawing's title and description, an inline image's base64. */
const NO_TEXT_PARENTS = new Set(['title', 'desc', 'binary-data']);
const DECLARATIONS = new Set(['header-decl', 'footer-decl', 'date-time-decl']);

// What opening an element did, undone when it closes.
const SKIP = 1;
const SINK = 2;
const BODY = 4;
const PARAGRAPH = 8;
const CELL = 16;
const ROW = 32;
const FORMS = 64;
const TRACKED = 128;
const DELETION = 256;
const CAPTURE = 512;
const CHANGE_INFO = 1024;

type SinkKind = 'body' | 'annotation' | 'note' | 'slide' | 'speaker-notes';
type Sink = { kind: SinkKind; flow: TextFlow; paragraphs: number; author: string; date: string; citation: string; noteClass: string; notes: string };
type Capture = 'author' | 'date' | 'citation' | 'declaration';

class ContentReader {
  readonly comments: DocumentComment[] = [];
  readonly notes: OdfNote[] = [];
  readonly objects: string[] = [];
  readonly margins: string[] = [];
  readonly changes: TrackedChangeCounts = { insertions: 0, deletions: 0, deletedCharacters: 0 };
  readonly forms = new FormControls();
  private readonly frames: Array<{ name: string; effects: number }> = [];
  private readonly bodySink: Sink;
  private readonly sinks: Sink[];
  private readonly slides: Array<{ text: string; notes: string }> = [];
  private slideNumber = 0;
  private inBody = 0;
  private skip = 0;
  private inForms = 0;
  private inTracked = 0;
  private inDeletion = 0;
  private inChangeInfo = 0;
  private capture: Capture | null = null;
  private captured = '';

  constructor(
    private readonly budget: TextBudget,
    private readonly maxSlides: number,
  ) {
    this.bodySink = this.sink('body');
    this.sinks = [this.bodySink];
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    let effects = 0;
    if (name === 'body') {
      effects = BODY;
      this.inBody++;
    } else if (this.inBody > 0 && this.skip > 0) {
      if (this.inForms > 0) {
        this.forms.open(name, attributes);
      }
      if (this.inTracked > 0 && name === 'deletion') {
        effects = DELETION;
        this.changes.deletions++;
        this.inDeletion++;
      } else if (this.inTracked > 0 && name === 'insertion') {
        this.changes.insertions++;
      } else if (this.inTracked > 0 && name === 'change-info') {
        // Who made the change and when: not deleted text.
        effects = CHANGE_INFO;
        this.inChangeInfo++;
      }
    } else if (this.inBody > 0) {
      effects = this.openInBody(name, attributes);
    }
    this.frames.push({ name, effects });
  }

  text(chunk: string): void {
    if (this.capture !== null) {
      this.captured = (this.captured + chunk).slice(0, MAX_CAPTURE);
      return;
    }
    if (this.inDeletion > 0 && this.inChangeInfo === 0) {
      this.changes.deletedCharacters += chunk.trim().length;
    }
    const top = this.top();
    if (this.inBody === 0 || this.skip > 0 || top.paragraphs === 0 || NO_TEXT_PARENTS.has(this.frames.at(-1)?.name ?? '')) {
      return;
    }
    top.flow.text(chunk);
  }

  close(name: string): void {
    if (this.inForms > 0) {
      this.forms.close(name);
    }
    const effects = this.frames.pop()?.effects ?? 0;
    const top = this.top();
    if (effects & PARAGRAPH) {
      top.paragraphs = Math.max(0, top.paragraphs - 1);
      top.flow.lineBreak();
    }
    if (effects & CELL) {
      top.flow.closeCell();
    }
    if (effects & ROW) {
      top.flow.endRow();
    }
    if (effects & CAPTURE) {
      this.endCapture();
    }
    if (effects & SINK) {
      this.popSink();
    }
    this.inForms -= effects & FORMS ? 1 : 0;
    this.inTracked -= effects & TRACKED ? 1 : 0;
    this.inDeletion -= effects & DELETION ? 1 : 0;
    this.inChangeInfo -= effects & CHANGE_INFO ? 1 : 0;
    this.skip -= effects & SKIP ? 1 : 0;
    this.inBody -= effects & BODY ? 1 : 0;
  }

  /** The body: any text outside slides, then each slide with its speaker notes. */
  body(): string {
    const slides = this.slides.map((slide, index) => [`Slide ${index + 1}`, slide.text, slide.notes === '' ? '' : `Speaker notes:\n${slide.notes}`]
      .filter((part) => part !== '').join('\n'));
    return [this.bodySink.flow.take(), ...slides].filter((part) => part !== '').join('\n\n');
  }

  get slideCount(): number {
    return this.slideNumber;
  }

  private openInBody(name: string, attributes: Readonly<Record<string, string>>): number {
    const top = this.top();
    const inText = top.paragraphs > 0;
    if (name === 'tracked-changes') {
      this.inTracked++;
      this.skip++;
      return SKIP | TRACKED;
    }
    if (name === 'forms') {
      this.inForms++;
      this.skip++;
      return SKIP | FORMS;
    }
    if (name.endsWith('-source')) {
      this.skip++;
      return SKIP;
    }
    if (name === 'page' && !this.inSlide()) {
      return this.openSlide();
    }
    if (name === 'annotation' || name === 'note' || (name === 'notes' && this.inSlide())) {
      return this.pushSink(name === 'notes' ? 'speaker-notes' : name, attribute(attributes, 'note-class') ?? '');
    }
    if (name === 'note-citation' && top.kind === 'note') {
      return this.startCapture('citation');
    }
    if ((name === 'creator' || name === 'date') && top.kind === 'annotation' && !inText) {
      return this.startCapture(name === 'creator' ? 'author' : 'date');
    }
    if (DECLARATIONS.has(name)) {
      return this.startCapture('declaration');
    }
    if (name === 'p' || name === 'h') {
      top.paragraphs++;
      return PARAGRAPH;
    }
    if (name === 'table-cell' || name === 'covered-table-cell') {
      top.flow.openCell();
      return CELL;
    }
    if (name === 'table-row') {
      return ROW;
    }
    if (name === 'object' || name === 'object-ole') {
      const href = attribute(attributes, 'href');
      if (href !== undefined && this.objects.length < MAX_OBJECTS) {
        this.objects.push(href);
      }
    } else if (inText && name === 's') {
      top.flow.spaces(Number(attribute(attributes, 'c') ?? 1));
    } else if (inText && name === 'tab') {
      top.flow.tab();
    } else if (inText && name === 'line-break') {
      top.flow.lineBreak();
    }
    return 0;
  }

  private sink(kind: SinkKind, noteClass = ''): Sink {
    return { kind, flow: new TextFlow(this.budget), paragraphs: 0, author: '', date: '', citation: '', noteClass, notes: '' };
  }

  private top(): Sink {
    // The body sink is never popped: pushes and pops pair up through the frames.
    return this.sinks.at(-1) ?? this.bodySink;
  }

  private inSlide(): boolean {
    return this.sinks.some((sink) => sink.kind === 'slide');
  }

  /** A drawing page: counted always, read while within the slide limit; its "Slide N" line is charged to the budget. */
  private openSlide(): number {
    this.slideNumber++;
    const heading = `Slide ${this.slideNumber}`.length + 2;
    if (this.slideNumber > this.maxSlides || heading > this.budget.remaining) {
      this.budget.exhausted ||= heading > this.budget.remaining;
      this.skip++;
      return SKIP;
    }
    this.budget.remaining -= heading;
    return this.pushSink('slide', '');
  }

  private pushSink(kind: SinkKind, noteClass: string): number {
    if (this.sinks.length >= MAX_SINKS) {
      this.skip++;
      return SKIP;
    }
    this.sinks.push(this.sink(kind, noteClass));
    return SINK;
  }

  private popSink(): void {
    const sink = this.sinks.length > 1 ? this.sinks.pop() : undefined;
    if (!sink) {
      return;
    }
    const text = sink.flow.take();
    if (sink.kind === 'annotation' && text !== '') {
      const where = this.inSlide() ? `slide ${this.slideNumber}` : '';
      this.comments.push({ where, author: sink.author, date: isoDate(sink.date), kind: 'comment', text });
    } else if (sink.kind === 'note' && text !== '') {
      this.notes.push({ kind: sink.noteClass || 'footnote', citation: sink.citation, text });
    } else if (sink.kind === 'speaker-notes') {
      this.top().notes = text;
    } else if (sink.kind === 'slide') {
      this.slides.push({ text, notes: sink.notes });
    }
  }

  private startCapture(capture: Capture): number {
    this.capture = capture;
    this.captured = '';
    this.skip++;
    return CAPTURE | SKIP;
  }

  private endCapture(): void {
    const value = this.captured.replace(/\s+/g, ' ').trim();
    const top = this.top();
    if (this.capture === 'author') {
      top.author = value;
    } else if (this.capture === 'date') {
      top.date = value;
    } else if (this.capture === 'citation') {
      top.citation = value;
    } else if (this.capture === 'declaration' && value !== '' && !this.margins.includes(value)) {
      this.margins.push(value);
    }
    this.capture = null;
    this.captured = '';
  }
}

/**
 * Reads a content part from a stream of its bytes, every flow drawing on `budget`; slides past
 * `maxSlides` are counted, not read. Stops (without error) when the budget is spent or `stop()`
 * returns true; malformed XML ends the reading with `damage` set and what came before kept.
 */
export async function readOdfContent(chunks: AsyncIterable<Uint8Array>, budget: TextBudget, stop: () => boolean, maxSlides = Number.MAX_SAFE_INTEGER): Promise<OdfContent> {
  const reader = new ContentReader(budget, maxSlides);
  let damage: string | null = null;
  try {
    await parseXmlStream(chunks, {
      open: (name, attributes) => reader.open(name, attributes),
      close: (name) => reader.close(name),
      text: (chunk) => reader.text(chunk),
    }, () => budget.exhausted || stop());
  } catch (error) {
    if (!(error instanceof XmlError)) {
      throw error;
    }
    damage = error.message;
  }
  return {
    body: reader.body(),
    slideCount: reader.slideCount,
    comments: reader.comments,
    notes: reader.notes,
    fields: reader.forms.fields,
    objects: reader.objects,
    margins: reader.margins,
    changes: reader.changes,
    damage,
  };
}
