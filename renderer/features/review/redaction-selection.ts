/**
 * Where the officer's text selection lies, in the terms a redaction is stored in: which field
 * (each redactable part of the viewer carries `data-redact-field`) and the offsets in that
 * field's text. A selection that spans two fields, or lies outside them, gives null.
 */
import { REDACTABLE_FIELDS } from '../../../shared/model/review.js';
import type { RedactableField } from '../../../shared/model/review.js';

export type FieldSpan = { field: RedactableField; start: number; end: number };

/** The attribute that names a redactable element's field. */
export const REDACT_FIELD_ATTRIBUTE = 'data-redact-field';

function fieldElement(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>(`[${REDACT_FIELD_ATTRIBUTE}]`) ?? null;
}

function isRedactableField(value: string | null): value is RedactableField {
  return (REDACTABLE_FIELDS as readonly string[]).includes(value ?? '');
}

/** The current selection as a span of one field's text, or null. */
export function selectedFieldSpan(): FieldSpan | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const container = fieldElement(range.commonAncestorContainer);
  const field = container?.getAttribute(REDACT_FIELD_ATTRIBUTE) ?? null;
  if (container === null || !isRedactableField(field)) {
    return null;
  }
  // Offsets count the characters of the text before the selection inside the field, which is
  // the field's text exactly: the viewer renders it as runs of text and nothing else.
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { field, start, end: start + range.toString().length };
}
