import { describe, expect, it } from 'vitest';
import { xfaFields } from '../../../../../../main/core/documents/pdf/xfa-fields.js';

const form = {
  name: 'div',
  children: [
    { name: 'textarea', attributes: { dataId: 'FamilyName32080', 'aria-label': 'Family Name', textContent: 'Euler' } },
    { name: 'input', attributes: { type: 'text', dataId: 'UCI32113', value: '123456789' } },
    { name: 'input', attributes: { type: 'text', dataId: 'Empty1', value: '' } },
    { name: 'input', attributes: { type: 'radio', 'aria-label': 'Indicate No', checked: true } },
    { name: 'input', attributes: { type: 'radio', 'aria-label': 'Indicate Yes' } },
    {
      name: 'select',
      attributes: { 'aria-label': 'Country' },
      children: [
        { name: 'option', attributes: { value: '024' }, value: 'Canada' },
        { name: 'option', attributes: { value: '025', selected: true }, value: 'Germany' },
      ],
    },
  ],
};

describe('xfaFields', () => {
  it('reads filled controls in form order, named by label or data name', () => {
    expect(xfaFields(form)).toEqual({
      fields: [
        { name: 'Family Name', value: 'Euler', where: '' },
        { name: 'UCI', value: '123456789', where: '' },
        { name: 'Indicate No', value: '☒', where: '' },
        { name: 'Country', value: 'Germany', where: '' },
      ],
      truncated: false,
    });
  });

  it('stops at the node limit and says so', () => {
    expect(xfaFields(form, 3)).toEqual({ fields: [{ name: 'Family Name', value: 'Euler', where: '' }, { name: 'UCI', value: '123456789', where: '' }], truncated: true });
  });

  it('accepts anything pdf.js may hand over', () => {
    expect(xfaFields(null)).toEqual({ fields: [], truncated: false });
    expect(xfaFields({ name: 'div', children: 'not a list' })).toEqual({ fields: [], truncated: false });
  });
});
