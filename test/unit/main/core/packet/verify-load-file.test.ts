import { beforeAll, describe, expect, it } from 'vitest';
import { concordanceDat } from '../../../../../main/core/packet/load-files-dat.js';
import { loadPacketFonts, type PacketFontFiles } from '../../../../../main/core/packet/packet-fonts.js';
import { expectationsForPages, type PacketExpectations } from '../../../../../main/core/packet/verify-expectations.js';
import { expectationsFromInput } from '../../../../../main/core/packet/verify-expectations-from-input.js';
import { loadFileStrings, verifyLoadFile } from '../../../../../main/core/packet/verify-load-file.js';
import { verifyPacket } from '../../../../../main/core/packet/verify-packet.js';
import { checkRecords } from '../../../../../main/core/packet/verify-structure.js';
import { assemblePacket } from '../../../../../main/core/packet/assemble-packet.js';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { createTextShaper } from '../../../../../main/core/packet/text-shaper.js';
import { packetInput, packetItem, redactionOf } from '../../../../support/packet-input-fixture.js';
import { FONT_DIR, makeRecord } from './packet-fixtures.js';

const call = makeRecord({
  id: 'r_call',
  title: 'Call with Dana Smith',
  to: [{ name: 'Dana Smith', address: 'dana@home.example' }],
  body: 'Please call Dana Smith tomorrow.',
});
const other = makeRecord({ id: 'r_other', title: 'Salt dome', date: '2024-03-06T10:00:00-05:00', body: 'Checked the salt dome.' });

function input(variant: 'single' | 'per-record' = 'per-record'): ReturnType<typeof packetInput> {
  const base = packetInput([
    packetItem(call, 'release-in-part', [redactionOf(call, 'subject', 'Dana Smith'), redactionOf(call, 'to', 'Dana Smith <dana@home.example>'), redactionOf(call, 'body', 'Dana Smith')]),
    packetItem(other),
  ]);
  return { ...base, options: { ...base.options, variant } };
}

describe('loadFileStrings', () => {
  it('reads the record fields of a DAT, without qualifiers, with their in-field newlines, and nothing the packet wrote', () => {
    const dat = concordanceDat([]);
    expect(loadFileStrings('x.dat', new TextEncoder().encode(dat))).toEqual([]);
    const lines = '\uFEFF\u00FEBEGBATES\u00FE\u0014\u00FEPAGECOUNT\u00FE\u0014\u00FESUBJECT\u00FE\r\n\u00FEABC000002\u00FE\u0014\u00FE12\u00FE\u0014\u00FECall with\u00AEDana Smith\u00FE\r\n';
    expect(loadFileStrings('x.dat', new TextEncoder().encode(lines)).map((found) => [found.where, found.text])).toEqual([['Load file x.dat, line 2', 'Call with\nDana Smith']]);
  });

  it('finds no redacted "12" in a page count, and reads nothing from an OPT', () => {
    const twelve: PacketExpectations = { ...expectationsFromInput(input('single'), { pages: [], entries: [] }), redactions: [{ recordId: 'r_call', field: 'body', hidden: '12', visibleText: '', repeatedText: '' }] };
    const dat = '\uFEFF\u00FEBEGBATES\u00FE\u0014\u00FEPAGECOUNT\u00FE\u0014\u00FESUBJECT\u00FE\r\n\u00FEFOIA-000001\u00FE\u0014\u00FE12\u00FE\u0014\u00FESalt dome\u00FE\r\n';
    expect(verifyLoadFile('x.dat', new TextEncoder().encode(dat), twelve)).toEqual([]);
    expect(verifyLoadFile('x.opt', new TextEncoder().encode('FOIA-000001,VOL,FOIA-000001-FOIA-000012.pdf,Y,,,12\r\n'), twelve)).toEqual([]);
    const shown = dat.replace('Salt dome', '12');
    expect(verifyLoadFile('x.dat', new TextEncoder().encode(shown), twelve)).toHaveLength(1);
  });
});

describe('the per-record variant', () => {
  let fonts: PacketFontFiles;

  beforeAll(async () => {
    fonts = await loadPacketFonts(FONT_DIR);
  });

  it('passes the check file by file, load files included', async () => {
    const shaper = createTextShaper(fonts);
    const plan = layoutPacket(input(), shaper, LETTER_GEOMETRY);
    const built = await assemblePacket(plan, input(), fonts, { originalPdf: () => Promise.reject(new Error('none')) }, shaper, LETTER_GEOMETRY);
    const expectations = expectationsFromInput(input(), plan);
    expect(checkRecords(expectations)).toEqual([]);
    const position = new Map(plan.pages.map((page, index) => [page.bates, index]));
    const pdfs = built.files.filter((file) => file.pageCount !== null);
    const loadFiles = built.files.filter((file) => file.pageCount === null);
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    expect(loadFiles.map((file) => file.role).sort()).toEqual(['concordance-dat', 'opticon-opt']);
    for (const file of pdfs) {
      const first = position.get(file.batesFirst ?? '') ?? -1;
      const last = position.get(file.batesLast ?? '') ?? -1;
      const result = await verifyPacket(file.bytes, expectationsForPages(expectations, first, last));
      expect(result.problems, file.name).toEqual([]);
    }
    for (const file of loadFiles) {
      expect(verifyLoadFile(file.name, file.bytes, expectations), file.name).toEqual([]);
    }
  });

  it('reports a redacted name in a load file with its line', () => {
    const expectations: PacketExpectations = expectationsFromInput(input('single'), { pages: [], entries: [] });
    const dat = '\uFEFF\u00FESUBJECT\u00FE\u0014\u00FETO\u00FE\r\n\u00FE[Redacted: (b)(6)]\u00FE\u0014\u00FEDana Smith <dana@home.example>\u00FE\r\n';
    expect(verifyLoadFile('FOIA-000001-FOIA-000003.dat', new TextEncoder().encode(dat), expectations).map((problem) => problem.message)).toEqual([
      'Load file FOIA-000001-FOIA-000003.dat, line 2: the redacted text “Dana Smith” of record r_call can be read in the packet',
      'Load file FOIA-000001-FOIA-000003.dat, line 2: the redacted text “Dana Smith <dana@home.example>” of record r_call can be read in the packet',
    ]);
  });
});
