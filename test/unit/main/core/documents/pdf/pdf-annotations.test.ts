import { describe, expect, it } from 'vitest';
import { commentsFromAnnotations, fieldsFromAnnotations } from '../../../../../../main/core/documents/pdf/pdf-annotations.js';

describe('commentsFromAnnotations', () => {
  it('keeps one comment when a popup repeats its parent, and an orphan popup', () => {
    const comments = commentsFromAnnotations([
      { subtype: 'Popup', contentsObj: { str: 'Check this figure' }, titleObj: { str: 'Ann' } },
      { subtype: 'Text', contentsObj: { str: 'Check this figure' }, titleObj: { str: 'Ann' }, modificationDate: "D:20240102030405+01'00'" },
      { subtype: 'Popup', contentsObj: { str: 'Only in a popup' }, titleObj: { str: 'Bob' } },
      { subtype: 'Link', contentsObj: { str: 'https://example.org' } },
      { subtype: 'Highlight', contentsObj: { str: '' } },
    ], 3);
    expect(comments).toEqual([
      { where: 'page 3', author: 'Ann', date: '2024-01-02T02:04:05Z', kind: 'Text', text: 'Check this figure' },
      { where: 'page 3', author: 'Bob', date: null, kind: 'Popup', text: 'Only in a popup' },
    ]);
  });

  it('falls back to the text pdf.js reads from a FreeText appearance', () => {
    expect(commentsFromAnnotations([{ subtype: 'FreeText', contentsObj: { str: '' }, textContent: ['Line one', 'Line two'] }], 1))
      .toEqual([{ where: 'page 1', author: '', date: null, kind: 'FreeText', text: 'Line one\nLine two' }]);
  });
});

describe('fieldsFromAnnotations', () => {
  it('gives text, ticked boxes and chosen options by label, once per field, and skips empty ones', () => {
    const seen = new Set<string>();
    const fields = fieldsFromAnnotations([
      { subtype: 'Widget', fieldType: 'Tx', fieldName: 'name', alternativeText: 'Your name', fieldValue: 'Ada' },
      { subtype: 'Widget', fieldType: 'Tx', fieldName: 'empty', fieldValue: '' },
      { subtype: 'Widget', fieldType: 'Btn', fieldName: 'agree', fieldValue: 'Yes' },
      { subtype: 'Widget', fieldType: 'Btn', fieldName: 'declined', fieldValue: 'Off' },
      { subtype: 'Widget', fieldType: 'Btn', fieldName: 'colour', fieldValue: 'red' },
      { subtype: 'Widget', fieldType: 'Btn', fieldName: 'colour', fieldValue: 'red' },
      { subtype: 'Widget', fieldType: 'Ch', fieldName: 'country', fieldValue: ['DE'], options: [{ exportValue: 'DE', displayValue: 'Germany' }] },
      { subtype: 'Widget', fieldType: 'Sig', fieldName: 'signature', fieldValue: 'x' },
    ], 2, seen);
    expect(fields).toEqual([
      { name: 'Your name', value: 'Ada', where: 'page 2' },
      { name: 'agree', value: 'Yes', where: 'page 2' },
      { name: 'colour', value: 'red', where: 'page 2' },
      { name: 'country', value: 'Germany', where: 'page 2' },
    ]);
    expect(fieldsFromAnnotations([{ subtype: 'Widget', fieldType: 'Tx', fieldName: 'name', fieldValue: 'Ada' }], 3, seen)).toEqual([]);
  });
});
