import { describe, expect, it } from 'vitest';
import { kindOfFormatCode, kindOfNumberFormat } from '../../../../../../main/core/documents/xlsx/number-formats.js';

describe('number format kinds', () => {
  it('knows the built-in date and time ids', () => {
    const none = new Map<number, string>();
    expect([14, 15, 16, 17, 22, 18, 21, 45, 46, 47, 9, 0, 3, 49].map((id) => kindOfNumberFormat(id, none)))
      .toEqual(['date', 'date', 'date', 'date', 'datetime', 'time', 'time', 'time', 'elapsed', 'time', 'percent', 'number', 'number', 'text']);
  });

  it('lets a workbook\'s own code override a built-in id', () => {
    expect(kindOfNumberFormat(14, new Map([[14, '0.00']]))).toBe('number');
  });

  it('classifies custom codes, ignoring quoted text, escapes and brackets', () => {
    expect(kindOfFormatCode('yyyy-mm-dd')).toBe('date');
    expect(kindOfFormatCode('[$-F800]dddd, mmmm dd, yyyy')).toBe('date');
    expect(kindOfFormatCode('mmm-yy')).toBe('date');
    expect(kindOfFormatCode('d/m/yyyy h:mm')).toBe('datetime');
    expect(kindOfFormatCode('[$-409]h:mm:ss AM/PM')).toBe('time');
    expect(kindOfFormatCode('mm:ss')).toBe('time');
    expect(kindOfFormatCode('[h]:mm:ss')).toBe('elapsed');
    expect(kindOfFormatCode('0.0%')).toBe('percent');
    expect(kindOfFormatCode('#,##0" days"')).toBe('number');
    expect(kindOfFormatCode('"$"#,##0.00_);[Red]\\("$"#,##0.00\\)')).toBe('number');
    expect(kindOfFormatCode('[Red]0.00;[Blue]-0.00')).toBe('number');
    expect(kindOfFormatCode('0.00E+00')).toBe('number');
    expect(kindOfFormatCode('General')).toBe('number');
    expect(kindOfFormatCode('@')).toBe('text');
  });
});
