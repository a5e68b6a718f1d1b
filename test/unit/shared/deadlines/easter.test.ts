import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../../../shared/deadlines/easter.js';

/** Easter Sunday 2000-2040, as published in the standard tables (cross-checked against python-dateutil's easter()). */
const EASTER_2000_TO_2040 = [
  '2000-04-23', '2001-04-15', '2002-03-31', '2003-04-20', '2004-04-11', '2005-03-27', '2006-04-16', '2007-04-08', '2008-03-23',
  '2009-04-12', '2010-04-04', '2011-04-24', '2012-04-08', '2013-03-31', '2014-04-20', '2015-04-05', '2016-03-27', '2017-04-16',
  '2018-04-01', '2019-04-21', '2020-04-12', '2021-04-04', '2022-04-17', '2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05',
  '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21', '2031-04-13', '2032-03-28', '2033-04-17', '2034-04-09', '2035-03-25',
  '2036-04-13', '2037-04-05', '2038-04-25', '2039-04-10', '2040-04-01',
];

describe('easterSunday', () => {
  it('matches the published dates year by year', () => {
    EASTER_2000_TO_2040.forEach((date, index) => {
      expect({ year: 2000 + index, date: easterSunday(2000 + index) }).toEqual({ year: 2000 + index, date });
    });
  });

  it('reaches both ends of its range, 22 March and 25 April', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(1583)).toBe('1583-04-10');
    expect(easterSunday(9999)).toBe('9999-03-28');
  });

  it('refuses years outside the Gregorian calendar it models', () => {
    expect(() => easterSunday(1582)).toThrow(/1583 to 9999, not 1582/);
    expect(() => easterSunday(2024.5)).toThrow(/not 2024.5/);
  });
});
