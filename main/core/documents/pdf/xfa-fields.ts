/**
 * Filled values of an XFA form, from the HTML-like tree pdf.js lays the form out as
 * (`PDFDocumentProxy.allXfaHtml`, available when the document is opened with `enableXfa`).
 *
 * A dynamic XFA form's pages hold only a "Please wait…" placeholder; what the applicant typed lives
 * in the XFA data, which pdf.js merges into this tree as the values of inputs, text areas and
 * selects. Each field is named by its accessible label when the form gives one (that is the
 * question the applicant answered), else by its data name. Unticked boxes and empty fields are left
 * out. The walk is bounded: a form is at most `maxNodes` nodes deep and wide in total.
 */
import type { DocumentField } from '../extracted-document.js';

type XfaNode = { name?: unknown; attributes?: unknown; children?: unknown; value?: unknown };

function asNode(value: unknown): XfaNode | null {
  return value !== null && typeof value === 'object' ? (value as XfaNode) : null;
}

function attributesOf(node: XfaNode): Record<string, unknown> {
  return node.attributes !== null && typeof node.attributes === 'object' ? (node.attributes as Record<string, unknown>) : {};
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : typeof value === 'number' ? String(value) : '';
}

function labelOf(attributes: Record<string, unknown>): string {
  return stringOf(attributes['aria-label']) || stringOf(attributes.dataId).replace(/\d+$/, '') || stringOf(attributes.fieldId);
}

function childrenOf(node: XfaNode): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

function selectedOptions(select: XfaNode): string {
  const chosen: string[] = [];
  for (const child of childrenOf(select)) {
    const option = asNode(child);
    if (option && option.name === 'option' && attributesOf(option).selected === true) {
      const shown = stringOf(option.value) || stringOf(attributesOf(option).value);
      if (shown !== '') {
        chosen.push(shown);
      }
    }
  }
  return chosen.join(', ');
}

/** The field a form control holds, or null when it is empty or unticked. */
function fieldOf(node: XfaNode): DocumentField | null {
  const attributes = attributesOf(node);
  let value = '';
  if (node.name === 'select') {
    value = selectedOptions(node);
  } else if (node.name === 'textarea') {
    value = stringOf(attributes.value) || stringOf(attributes.textContent) || stringOf(node.value);
  } else if (node.name === 'input') {
    const type = stringOf(attributes.type);
    if (type === 'checkbox' || type === 'radio') {
      // A ticked control is recorded as ticked: its label is the answer chosen.
      value = attributes.checked === true ? '☒' : '';
    } else {
      value = stringOf(attributes.value);
    }
  }
  return value === '' ? null : { name: labelOf(attributes), value, where: '' };
}

/** Filled fields of an XFA form, in form order. */
export function xfaFields(root: unknown, maxNodes = 1_000_000): { fields: DocumentField[]; truncated: boolean } {
  const fields: DocumentField[] = [];
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited > maxNodes) {
      return { fields, truncated: true };
    }
    const node = asNode(stack.pop());
    if (!node) {
      continue;
    }
    if (node.name === 'input' || node.name === 'textarea' || node.name === 'select') {
      const field = fieldOf(node);
      if (field) {
        fields.push(field);
      }
      continue;
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]);
    }
  }
  return { fields, truncated: false };
}
