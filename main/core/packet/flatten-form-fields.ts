/**
 * Filled-in form fields of a PDF released in full, drawn into its pages before they are copied.
 *
 * A field's value is shown by its widget annotation's appearance, not by the page's content, and
 * a copied page keeps no annotations (assemble-original-page.ts). Without this, a released
 * form would reach the requester blank. Each printed widget's normal appearance is painted
 * into the page content where a viewer would draw it, as it prints: hidden widgets and those
 * without the Print flag are left out, as they are on paper.
 *
 * A form whose values cannot be drawn this way is refused up front (`formReleaseProblem`), so
 * the record is drawn from its text, which holds the field values, instead of going out with
 * empty boxes: a field with a value but no appearance that can be drawn; a filled field shown on
 * screen but not set to print (the reviewer saw it); a filled text or choice field of a form
 * that asks viewers to redraw its fields (NeedAppearances: LibreOffice, for one, then writes
 * empty appearances); and a dynamic XFA form, whose pages hold only a "Please wait…" placeholder.
 *
 * Only the parsed source is changed, never the file. Nothing is read as a string of code: an
 * appearance is a form XObject (drawing only), and what it refers to is scrubbed with the rest
 * of the packet (assemble-scrub.ts).
 */
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';
import { appearancePlacement, type PdfMatrix, type PdfRect } from './appearance-placement.js';

const HIDDEN_FLAG = 1 << 1;
const PRINT_FLAG = 1 << 2;
const NO_VIEW_FLAG = 1 << 5;
/** Parent chains longer than this are treated as broken (a hostile file may loop them). */
const MAX_FIELD_DEPTH = 32;

type Appearance = { ref: PDFRef; stream: PDFStream };

function dictOf(value: unknown): PDFDict | undefined {
  return value instanceof PDFDict ? value : undefined;
}

/** The widget annotations of a page, in order. */
function widgetsOf(page: PDFPage): PDFDict[] {
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) {
    return [];
  }
  const widgets: PDFDict[] = [];
  for (let index = 0; index < annots.size(); index += 1) {
    const annotation = dictOf(annots.lookup(index));
    const subtype = annotation?.lookup(PDFName.of('Subtype'));
    if (annotation !== undefined && subtype instanceof PDFName && subtype.decodeText() === 'Widget') {
      widgets.push(annotation);
    }
  }
  return widgets;
}

/**
 * Where a widget shows (PDF 32000-1, 12.5.3): on paper (Print set, Hidden not), only on screen
 * (neither Print nor Hidden nor NoView: what the reviewer saw in the viewer), or nowhere.
 */
function visibility(widget: PDFDict): 'printed' | 'screen-only' | 'nowhere' {
  const flags = widget.lookup(PDFName.of('F'));
  const value = flags instanceof PDFNumber ? flags.asNumber() : 0;
  if ((value & HIDDEN_FLAG) !== 0) {
    return 'nowhere';
  }
  if ((value & PRINT_FLAG) !== 0) {
    return 'printed';
  }
  return (value & NO_VIEW_FLAG) !== 0 ? 'nowhere' : 'screen-only';
}

/** The nearest value of `key` on the widget or the fields above it (field attributes are inherited). */
function inherited(widget: PDFDict, key: string): unknown {
  let node: PDFDict | undefined = widget;
  for (let depth = 0; node !== undefined && depth < MAX_FIELD_DEPTH; depth += 1) {
    const value = node.lookup(PDFName.of(key));
    if (value !== undefined) {
      return value;
    }
    node = dictOf(node.lookup(PDFName.of('Parent')));
  }
  return undefined;
}

/** True when a field value shows something: text, a chosen option, a box that is not off. */
function isFilled(value: unknown): boolean {
  if (value instanceof PDFString || value instanceof PDFHexString) {
    return value.decodeText().trim() !== '';
  }
  if (value instanceof PDFName) {
    return value.decodeText() !== 'Off';
  }
  return value instanceof PDFArray && value.size() > 0;
}

/** The widget's normal appearance for its current state, when it has one that can be painted. */
function appearanceOf(widget: PDFDict): Appearance | null {
  const appearances = dictOf(widget.lookup(PDFName.of('AP')));
  let entry = appearances?.get(PDFName.of('N'));
  const states = dictOf(appearances?.lookup(PDFName.of('N')));
  if (states !== undefined) {
    // A check box or radio button: one appearance per state, chosen by /AS.
    const state = widget.lookup(PDFName.of('AS'));
    entry = state instanceof PDFName ? states.get(state) : undefined;
  }
  if (!(entry instanceof PDFRef)) {
    return null;
  }
  const stream = widget.context.lookup(entry);
  return stream instanceof PDFStream ? { ref: entry, stream } : null;
}

function numbers(value: unknown, count: 4): PdfRect | null;
function numbers(value: unknown, count: 6): PdfMatrix | null;
function numbers(value: unknown, count: number): readonly number[] | null {
  if (!(value instanceof PDFArray) || value.size() !== count) {
    return null;
  }
  const read = Array.from({ length: count }, (_, index) => {
    const item = value.lookup(index);
    return item instanceof PDFNumber ? item.asNumber() : Number.NaN;
  });
  return read.every(Number.isFinite) ? read : null;
}

/** The field's name, for a message: its nearest partial name (/T), or "(unnamed)". */
function fieldName(widget: PDFDict): string {
  const name = inherited(widget, 'T');
  return name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : '(unnamed)';
}

type Painting = { appearance: Appearance; placement: PdfMatrix };

/**
 * How the widget's appearance is painted on its page: where, or 'no-area' when its rectangle
 * or box is empty (or absurdly far off the page), so that nothing of it shows anywhere; null
 * when it cannot be painted (no appearance, a missing or malformed rectangle or box).
 */
function paintingOf(widget: PDFDict): Painting | 'no-area' | null {
  const appearance = appearanceOf(widget);
  const rect = numbers(widget.lookup(PDFName.of('Rect')), 4);
  const bbox = numbers(appearance?.stream.dict.lookup(PDFName.of('BBox')), 4);
  if (appearance === null || rect === null || bbox === null) {
    return null;
  }
  const placement = appearancePlacement(rect, bbox, numbers(appearance.stream.dict.lookup(PDFName.of('Matrix')), 6) ?? undefined);
  return placement === null ? 'no-area' : { appearance, placement };
}

/**
 * Why this PDF's pages cannot show its form as filled in, or null when they can (or it has no
 * form). The caller then draws the record from its text.
 */
export function formReleaseProblem(doc: PDFDocument): string | null {
  const form = dictOf(doc.catalog.lookup(PDFName.of('AcroForm')));
  if (form === undefined) {
    return null;
  }
  const needsRendering = doc.catalog.lookup(PDFName.of('NeedsRendering'));
  if (form.has(PDFName.of('XFA')) && needsRendering instanceof PDFBool && needsRendering.asBoolean()) {
    return 'it is a dynamic XFA form, whose pages hold only a placeholder';
  }
  const needAppearances = form.lookup(PDFName.of('NeedAppearances'));
  const redrawnByViewers = needAppearances instanceof PDFBool && needAppearances.asBoolean();
  for (const [index, page] of doc.getPages().entries()) {
    for (const widget of widgetsOf(page)) {
      const shown = visibility(widget);
      if (shown === 'nowhere' || !isFilled(inherited(widget, 'V'))) {
        continue;
      }
      const where = `its form field "${fieldName(widget)}" on page ${index + 1}`;
      // The reviewer saw it in the viewer, but a page copied as it prints would drop it.
      if (shown === 'screen-only') {
        return `${where} shows its value on screen but is not set to print`;
      }
      const painting = paintingOf(widget);
      if (painting === null) {
        return `${where} has a value but no appearance that can be drawn`;
      }
      if (painting === 'no-area') {
        continue;
      }
      // Viewers redraw text and choice fields from their values when the form asks them to
      // (NeedAppearances); the appearances the file carries are then often empty or stale.
      const type = inherited(widget, 'FT');
      if (redrawnByViewers && type instanceof PDFName && (type.decodeText() === 'Tx' || type.decodeText() === 'Ch')) {
        return `${where} is shown by viewers from its value (the form sets NeedAppearances), not by the appearance the file carries`;
      }
    }
  }
  return null;
}

/** A number for a content stream: no exponent, at most six decimals. */
function operand(value: number): string {
  return Math.abs(value) < 1e-6 ? '0' : String(Number(value.toFixed(6)));
}

/**
 * Gives the page its own content array and resource dictionaries before fields are painted
 * into them: pages may share both (an inherited /Resources, one /Contents array), and one
 * page's fields must never be drawn on another.
 */
function ownDrawingDictionaries(page: PDFPage): void {
  const { node } = page;
  const contents = node.lookup(PDFName.of('Contents'));
  if (contents instanceof PDFArray) {
    node.set(PDFName.of('Contents'), contents.clone());
  }
  const inheritedResources = node.getInheritableAttribute(PDFName.of('Resources'));
  const resources = dictOf(inheritedResources instanceof PDFRef ? node.context.lookup(inheritedResources) : inheritedResources);
  const own = resources?.clone() ?? node.context.obj({});
  const xObjects = dictOf(own.lookup(PDFName.of('XObject')));
  if (xObjects !== undefined) {
    own.set(PDFName.of('XObject'), xObjects.clone());
  }
  node.set(PDFName.of('Resources'), own);
}

/**
 * Paints each printed widget's appearance of `page` into its content, after the page's own
 * drawing (wrapped in q…Q so that a state it leaves set cannot move the fields). Returns how
 * many were painted.
 */
export function flattenFormFields(doc: PDFDocument, page: PDFPage): number {
  const paintings = widgetsOf(page).flatMap((widget) => {
    const painting = visibility(widget) === 'printed' ? paintingOf(widget) : null;
    return painting === null || painting === 'no-area' ? [] : [painting];
  });
  if (paintings.length === 0) {
    return 0;
  }
  ownDrawingDictionaries(page);
  const painted = paintings.map(({ appearance, placement }) => {
    // Do paints only form XObjects; some writers leave the appearance's /Subtype out.
    appearance.stream.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    const name = page.node.newXObject('FormField', appearance.ref);
    return `q ${placement.map(operand).join(' ')} cm ${name.asString()} Do Q`;
  });
  page.node.addContentStream(doc.context.register(doc.context.stream(painted.join('\n'))));
  return painted.length;
}
