import { describe, expect, it } from 'vitest';
import { pdfDateToIso } from '../../../../../../main/core/documents/pdf/pdf-date.js';
import { xmpDateToIso } from '../../../../../../main/core/documents/pdf/pdf-metadata.js';

describe('pdfDateToIso', () => {
  it('converts zoned dates to UTC', () => {
    expect(pdfDateToIso("D:20151230152122+01'00'")).toBe('2015-12-30T14:21:22Z');
    expect(pdfDateToIso("D:20181031114842-04'00'")).toBe('2018-10-31T15:48:42Z');
    expect(pdfDateToIso('D:20091207215100Z')).toBe('2009-12-07T21:51:00Z');
  });

  it('accepts the variants writers produce', () => {
    expect(pdfDateToIso("D:20240521163026Z00'00")).toBe('2024-05-21T16:30:26Z');
    expect(pdfDateToIso('20240521163026+0530')).toBe('2024-05-21T11:00:26Z');
    expect(pdfDateToIso('D:2013')).toBe('2013-01-01T00:00:00');
  });

  it('keeps a date without a zone as local time of unknown zone', () => {
    expect(pdfDateToIso('D:20130801125645')).toBe('2013-08-01T12:56:45');
  });

  it('refuses what is not a date', () => {
    for (const value of ['', 'yesterday', 'D:20131345120000', 'D:20130230120000', "D:20130101120000+25'00'", undefined, 42]) {
      expect(pdfDateToIso(value)).toBeNull();
    }
  });
});

describe('xmpDateToIso', () => {
  it('reads XMP dates with and without zones', () => {
    expect(xmpDateToIso('2019-04-18T13:18:10-04:00')).toBe('2019-04-18T17:18:10Z');
    expect(xmpDateToIso('2020-10-14T12:14:12.25Z')).toBe('2020-10-14T12:14:12Z');
    expect(xmpDateToIso('2011-09-09')).toBe('2011-09-09T00:00:00');
    expect(xmpDateToIso('soon')).toBeNull();
  });
});
