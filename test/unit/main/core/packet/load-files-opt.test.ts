import { describe, expect, it } from 'vitest';
import { loadFileDocuments } from '../../../../../main/core/packet/load-files.js';
import { opticonOpt, optVolume } from '../../../../../main/core/packet/load-files-opt.js';
import { loadFileScenario } from './load-files-fixtures.js';

const { input, plan, parts } = loadFileScenario();
const documents = loadFileDocuments(input, parts, plan.entries);

describe('opticonOpt', () => {
  it('matches the golden OPT: one line per page, Y and the page count on each document’s first', () => {
    expect(opticonOpt(documents, { volume: 'FOIA-2024-017' })).toBe(
      [
        'ABC000001,FOIA-2024-017,ABC000001-ABC000001.pdf,Y,,,1',
        'ABC000002,FOIA-2024-017,ABC000002-ABC000002.pdf,Y,,,1',
        'ABC000003,FOIA-2024-017,ABC000003-ABC000004.pdf,Y,,,2',
        'ABC000004,FOIA-2024-017,ABC000003-ABC000004.pdf,,,,',
        'ABC000005,FOIA-2024-017,ABC000005-ABC000005.pdf,Y,,,1',
        'ABC000006,FOIA-2024-017,ABC000006-ABC000007.pdf,Y,,,2',
        'ABC000007,FOIA-2024-017,ABC000006-ABC000007.pdf,,,,',
        'ABC000008,FOIA-2024-017,ABC000008-ABC000008.pdf,Y,,,1',
        'ABC000009,FOIA-2024-017,ABC000009-ABC000009.pdf,Y,,,1',
        '',
      ].join('\r\n'),
    );
  });

  it('matches the golden OPT with one line per document, the multi-page PDF form', () => {
    expect(opticonOpt(documents, { volume: '', lines: 'document' })).toBe(
      [
        'ABC000001,,ABC000001-ABC000001.pdf,Y,,,1',
        'ABC000002,,ABC000002-ABC000002.pdf,Y,,,1',
        'ABC000003,,ABC000003-ABC000004.pdf,Y,,,2',
        'ABC000005,,ABC000005-ABC000005.pdf,Y,,,1',
        'ABC000006,,ABC000006-ABC000007.pdf,Y,,,2',
        'ABC000008,,ABC000008-ABC000008.pdf,Y,,,1',
        'ABC000009,,ABC000009-ABC000009.pdf,Y,,,1',
        '',
      ].join('\r\n'),
    );
  });

  it('accounts for every Bates number once, in order', () => {
    const keys = opticonOpt(documents, { volume: 'V' }).split('\r\n').filter(Boolean).map((line) => line.split(',')[0]);
    expect(keys).toEqual(plan.pages.map((page) => page.bates));
  });
});

describe('optVolume', () => {
  it('keeps commas and anything non-ASCII out of the volume field', () => {
    expect(optVolume('FOIA 2024,017/é')).toBe('FOIA_2024_017__');
  });
});
