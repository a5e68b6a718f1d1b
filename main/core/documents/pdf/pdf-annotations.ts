/**
 * Comments and form values from pdf.js annotation data (`page.getAnnotations()`).
 *
 * pdf.js leaves annotation text out of `getTextContent`, yet a reviewer's sticky note or a filled
 * form field is part of the record: it must be searchable and reviewed. Popups repeat their parent's
 * text and are kept only when no other annotation on the page says the same. Links are not text.
 * Form widgets give their values: a text field's text, a ticked box's export value, the chosen
 * options of a list; empty and unticked fields are left out.
 */
import type { DocumentComment, DocumentField } from '../extracted-document.js';
import { pdfDateToIso } from './pdf-date.js';

/** pdf.js's annotation data is untyped at this boundary; everything is checked before use. */
export type AnnotationData = Record<string, unknown>;

const NOT_COMMENTS = new Set(['Link', 'Widget', 'Popup']);

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function strOf(value: unknown): string {
  return value !== null && typeof value === 'object' && 'str' in value ? text((value as { str: unknown }).str) : '';
}

function contentsOf(annotation: AnnotationData): string {
  const contents = strOf(annotation.contentsObj) || text(annotation.contents);
  if (contents !== '') {
    return contents;
  }
  // FreeText and some stamps carry their text only in the appearance, which pdf.js reads out.
  const shown = annotation.textContent;
  return Array.isArray(shown) ? shown.filter((line): line is string => typeof line === 'string').join('\n').trim() : '';
}

/** The comments on one page, in the order pdf.js lists them, without repeats. */
export function commentsFromAnnotations(annotations: readonly AnnotationData[], pageNumber: number): DocumentComment[] {
  const comments: DocumentComment[] = [];
  const seen = new Set<string>();
  const ordered = [...annotations.filter((a) => a.subtype !== 'Popup'), ...annotations.filter((a) => a.subtype === 'Popup')];
  for (const annotation of ordered) {
    const kind = text(annotation.subtype);
    if (NOT_COMMENTS.has(kind) && kind !== 'Popup') {
      continue;
    }
    const body = contentsOf(annotation);
    if (body === '') {
      continue;
    }
    const author = strOf(annotation.titleObj) || text(annotation.title);
    const key = `${author}\u0000${body}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    comments.push({
      where: `page ${pageNumber}`,
      author,
      date: pdfDateToIso(annotation.modificationDate) ?? pdfDateToIso(annotation.creationDate),
      kind: kind || 'annotation',
      text: body,
    });
  }
  return comments;
}

function displayValues(annotation: AnnotationData, chosen: readonly string[]): string[] {
  const options = Array.isArray(annotation.options) ? annotation.options : [];
  return chosen.map((value) => {
    const option = options.find((candidate: unknown) => candidate !== null && typeof candidate === 'object' && (candidate as { exportValue?: unknown }).exportValue === value);
    const display = option ? text((option as { displayValue?: unknown }).displayValue) : '';
    return display || value;
  });
}

/** The value a widget shows, or '' when it is empty or unticked. */
function widgetValue(annotation: AnnotationData): string {
  const value = annotation.fieldValue;
  if (annotation.fieldType === 'Btn') {
    // A ticked box or chosen radio button holds its export value; "Off" (or nothing) is unticked.
    return typeof value === 'string' && value !== '' && value !== 'Off' ? value : '';
  }
  if (annotation.fieldType === 'Ch') {
    const chosen = (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
    return displayValues(annotation, chosen).join(', ');
  }
  if (Array.isArray(value)) {
    return value.filter((entry): entry is string => typeof entry === 'string').join(', ').trim();
  }
  return text(value);
}

/** Filled form fields among a page's annotations, once per field name. */
export function fieldsFromAnnotations(annotations: readonly AnnotationData[], pageNumber: number, seenNames: Set<string>): DocumentField[] {
  const fields: DocumentField[] = [];
  for (const annotation of annotations) {
    if (annotation.subtype !== 'Widget' || annotation.fieldType === 'Sig') {
      continue;
    }
    const fieldName = text(annotation.fieldName);
    const value = widgetValue(annotation);
    if (value === '' || seenNames.has(fieldName)) {
      continue;
    }
    seenNames.add(fieldName);
    fields.push({ name: text(annotation.alternativeText) || fieldName || 'field', value, where: `page ${pageNumber}` });
  }
  return fields;
}
