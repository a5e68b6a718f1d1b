/**
 * Filled-in OpenDocument form controls (<office:forms> in content.xml): what was typed or chosen
 * in a text box, date or number field, a ticked check box, a selected radio button or list entry.
 * The value a user entered is `current-value` (or `current-state`, `current-selected`); the
 * plain `value` is the designer's default and counts only when there is no current one. Empty
 * controls are left out, as for PDF forms.
 *
 * Password controls are left out on purpose: their value is masked on screen, and indexing it
 * would make a credential searchable across the case.
 */
import type { DocumentField } from '../extracted-document.js';
import { attribute } from '../xml/xml-reader.js';

const VALUE_CONTROLS = new Set(['text', 'textarea', 'formatted-text', 'number', 'date', 'time', 'combobox']);

type Attributes = Readonly<Record<string, string>>;

function isOn(value: string | undefined): boolean {
  return value === 'true' || value === 'checked';
}

/** Collects fields from the elements inside <office:forms>, fed in document order. */
export class FormControls {
  readonly fields: DocumentField[] = [];
  private listBox: { name: string; chosen: string[] } | null = null;

  open(name: string, attributes: Attributes): void {
    const label = attribute(attributes, 'label') || attribute(attributes, 'name') || '';
    if (VALUE_CONTROLS.has(name)) {
      this.add(attribute(attributes, 'name') || label, attribute(attributes, 'current-value') ?? attribute(attributes, 'value') ?? '');
    } else if (name === 'checkbox') {
      if (isOn(attribute(attributes, 'current-state') ?? attribute(attributes, 'state'))) {
        this.add(label, 'checked');
      }
    } else if (name === 'radio') {
      if (isOn(attribute(attributes, 'current-selected') ?? attribute(attributes, 'selected'))) {
        this.add(label, attribute(attributes, 'value') || 'selected');
      }
    } else if (name === 'listbox') {
      this.listBox = { name: label, chosen: [] };
    } else if (name === 'option' && this.listBox !== null) {
      if (isOn(attribute(attributes, 'current-selected') ?? attribute(attributes, 'selected'))) {
        this.listBox.chosen.push(attribute(attributes, 'label') || attribute(attributes, 'value') || '');
      }
    }
  }

  close(name: string): void {
    if (name === 'listbox' && this.listBox !== null) {
      this.add(this.listBox.name, this.listBox.chosen.filter((choice) => choice !== '').join(', '));
      this.listBox = null;
    }
  }

  private add(name: string, value: string): void {
    if (value.trim() !== '') {
      this.fields.push({ name, value, where: '' });
    }
  }
}
