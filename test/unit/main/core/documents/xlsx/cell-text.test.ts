import { describe, expect, it } from 'vitest';
import { cellText, decodeOoxmlEscapes, formatNumber } from '../../../../../../main/core/documents/xlsx/cell-text.js';

describe('cellText', () => {
  const strings = ['first', 'second'];

  it('looks up shared strings and reads the other stored types', () => {
    expect(cellText({ type: 's', value: '1', kind: 'number' }, strings, false)).toBe('second');
    expect(cellText({ type: 's', value: '7', kind: 'number' }, strings, false)).toBe('');
    expect(cellText({ type: 'b', value: '0', kind: 'number' }, strings, false)).toBe('FALSE');
    expect(cellText({ type: 'e', value: '#N/A', kind: 'number' }, strings, false)).toBe('#N/A');
    expect(cellText({ type: 'str', value: 'line_x000D_break', kind: 'number' }, strings, false)).toBe('line\rbreak');
    expect(cellText({ type: 'd', value: '2020-02-21T00:00:00Z', kind: 'number' }, strings, false)).toBe('2020-02-21');
    expect(cellText({ type: 'd', value: '2020-02-21T07:20:23', kind: 'number' }, strings, false)).toBe('2020-02-21 07:20:23');
  });

  it('formats numbers by their style kind', () => {
    expect(cellText({ type: 'n', value: '0.14999999999999999', kind: 'number' }, strings, false)).toBe('0.15');
    expect(cellText({ type: 'n', value: '0.15', kind: 'percent' }, strings, false)).toBe('15%');
    expect(cellText({ type: 'n', value: '43363', kind: 'date' }, strings, false)).toBe('2018-09-20');
    expect(cellText({ type: 'n', value: '43363', kind: 'date' }, strings, true)).toBe('2022-09-21');
    expect(cellText({ type: 'n', value: '-5', kind: 'date' }, strings, false)).toBe('-5');
    expect(cellText({ type: 'n', value: '', kind: 'date' }, strings, false)).toBe('');
  });
});

describe('helpers', () => {
  it('undoes _xHHHH_ escapes', () => {
    expect(decodeOoxmlEscapes('a_x000D__x000A_b_x005F_x0041_')).toBe('a\r\nb_x0041_');
  });

  it('keeps 15 significant digits, as Excel shows', () => {
    expect(formatNumber(25.396666666666665)).toBe('25.3966666666667');
    expect(formatNumber(198905700)).toBe('198905700');
    expect(formatNumber(-58.38)).toBe('-58.38');
  });
});
