import { describe, expect, it } from 'vitest';
import { verifyPacket, verifyPacketFiles, type PacketPdf } from '../../../../../main/core/packet/verify-packet.js';
import type { HiddenText, PacketExpectations, VerifyProblem } from '../../../../../main/core/packet/verify-expectations.js';
import { handBuiltPdf, type HandBuiltPage, type HandBuiltPdf } from '../../../../support/hand-built-pdf.js';

const SCHEME = { prefix: 'ABC', start: 1, width: 6 };

/** A three-page packet: an index page, record r_1 (one redaction), record r_2. */
const REDACTED: HiddenText = {
  recordId: 'r_1',
  field: 'body',
  hidden: 'Dana Smith',
  visibleText: 'Budget call\nclerk@city.example\nPlease call\n\ntomorrow about the road budget.',
  repeatedText: 'Budget call',
};

function expectations(overrides: Partial<PacketExpectations> = {}): PacketExpectations {
  return {
    pages: [
      { bates: 'ABC000001', recordId: null },
      { bates: 'ABC000002', recordId: 'r_1' },
      { bates: 'ABC000003', recordId: 'r_2' },
    ],
    redactions: [REDACTED],
    responsiveRecordIds: ['r_1', 'r_2'],
    entries: [
      { recordId: 'r_1', title: 'Budget call', batesFirst: 'ABC000002', batesLast: 'ABC000002' },
      { recordId: 'r_2', title: 'Salt dome', batesFirst: 'ABC000003', batesLast: 'ABC000003' },
    ],
    publicText: 'City of Example\nRoad budget request\nBudget call\nSalt dome',
    bates: SCHEME,
    ...overrides,
  };
}

function cleanPages(): HandBuiltPage[] {
  return [
    { lines: ['Index of records', 'ABC000002  Budget call', 'ABC000003  Salt dome'], bates: 'ABC000001' },
    { lines: ['Subject: Budget call', 'From: clerk@city.example', 'Please call [(b)(6)] tomorrow about the road budget.'], bates: 'ABC000002' },
    { lines: ['Subject: Salt dome', 'Checked the salt dome with Sam.'], bates: 'ABC000003' },
  ];
}

function withPage(index: number, page: Partial<HandBuiltPage>): HandBuiltPage[] {
  return cleanPages().map((original, at) => (at === index ? { ...original, ...page } : original));
}

async function verify(spec: Partial<HandBuiltPdf>, expected = expectations()): Promise<VerifyProblem[]> {
  const bytes = await handBuiltPdf({ pages: cleanPages(), title: 'Response packet: Road budget request', ...spec });
  const result = await verifyPacket(bytes, expected);
  expect(result.ok).toBe(result.problems.length === 0);
  return result.problems;
}

describe('verifyPacket', () => {
  it('passes a clean packet and says how many pages it read', async () => {
    const bytes = await handBuiltPdf({ pages: cleanPages(), title: 'Response packet: Road budget request' });
    const result = await verifyPacket(bytes, expectations());
    expect(result).toMatchObject({ ok: true, problems: [], pagesRead: 3 });
    expect(result.milliseconds).toBeGreaterThan(0);
  });

  describe('redacted text', () => {
    it('finds it in the page text and names the page, the record and the text', async () => {
      const problems = await verify({ pages: withPage(1, { lines: ['Subject: Budget call', 'Please call Dana Smith tomorrow about the road budget.'] }) });
      expect(problems).toEqual([
        {
          kind: 'redaction-leak',
          message: 'Page ABC000002 (record r_1): the redacted text “Dana Smith” can be read in the packet (once on the record\'s pages; it should not appear there at all)',
          page: 2,
          bates: 'ABC000002',
          recordId: 'r_1',
        },
      ]);
    });

    it('finds text that a black box covers but does not remove', async () => {
      const covered = withPage(1, { lines: ['Subject: Budget call', 'Please call Dana Smith tomorrow.'], boxes: [{ x: 130, y: 700, width: 60, height: 14, label: '(b)(6)' }] });
      const problems = await verify({ pages: covered });
      expect(problems.map((problem) => problem.kind)).toEqual(['redaction-leak']);
    });

    it('finds it when pdf.js splits it over two lines, changes its case or drops the space', async () => {
      for (const lines of [['Please call Dana', 'Smith tomorrow.'], ['PLEASE CALL DANA SMITH'], ['Please call DanaSmith.']]) {
        const problems = await verify({ pages: withPage(1, { lines }) });
        expect(problems.map((problem) => problem.kind), lines.join(' / ')).toEqual(['redaction-leak']);
      }
    });

    it('finds a long word that the layout broke between lines without a hyphen', async () => {
      const hidden: HiddenText = { ...REDACTED, hidden: 'dana.smith@home.example', visibleText: 'Budget call' };
      const problems = await verify({ pages: withPage(1, { lines: ['Write to dana.smith@ho', 'me.example today.'] }) }, expectations({ redactions: [hidden] }));
      expect(problems.map((problem) => problem.message)).toEqual([
        'Page ABC000002 (record r_1): the redacted text “dana.smith@home.example” can be read in the packet (once on the record\'s pages; it should not appear there at all)',
      ]);
    });

    it('allows a redacted name where the record prints it on purpose, but not once more', async () => {
      const hidden: HiddenText = { ...REDACTED, visibleText: 'From: Dana Smith\nPlease call\ntomorrow.' };
      const once = withPage(1, { lines: ['From: Dana Smith', 'Please call [(b)(6)] tomorrow.'] });
      expect(await verify({ pages: once }, expectations({ redactions: [hidden] }))).toEqual([]);
      const twice = withPage(1, { lines: ['From: Dana Smith', 'Please call Dana Smith tomorrow.'] });
      expect((await verify({ pages: twice }, expectations({ redactions: [hidden] }))).map((problem) => problem.message)).toEqual([
        'Page ABC000002 (record r_1): the redacted text “Dana Smith” can be read in the packet (2 times on the record\'s pages; it is released there only once)',
      ]);
    });

    it('allows the repeated title on each later page of a record', async () => {
      const hidden: HiddenText = { ...REDACTED, hidden: 'road budget', visibleText: 'Road budget\nsomething', repeatedText: 'Road budget' };
      const pages: HandBuiltPage[] = [
        cleanPages()[0] ?? { lines: [] },
        { lines: ['Subject: Road budget', 'Please call [(b)(6)].'], bates: 'ABC000002' },
        { lines: ['Road budget (continued)', 'More text.'], bates: 'ABC000003' },
      ];
      const twoPages = expectations({
        pages: [
          { bates: 'ABC000001', recordId: null },
          { bates: 'ABC000002', recordId: 'r_1' },
          { bates: 'ABC000003', recordId: 'r_1' },
        ],
        redactions: [hidden],
        responsiveRecordIds: ['r_1'],
        entries: [{ recordId: 'r_1', title: 'Road budget', batesFirst: 'ABC000002', batesLast: 'ABC000003' }],
      });
      expect(await verify({ pages }, twoPages)).toEqual([]);
    });

    it('finds it on a page of no record unless the packet prints it there on purpose', async () => {
      const pages = withPage(0, { lines: ['Index of records', 'ABC000002  Budget call with Dana Smith'] });
      const problems = await verify({ pages });
      expect(problems.map((problem) => problem.message)).toEqual([
        'Page ABC000001 (not a page of record r_1): the redacted text “Dana Smith” of record r_1 can be read in the packet',
      ]);
      expect(await verify({ pages }, expectations({ publicText: 'Budget call with Dana Smith' }))).toEqual([]);
    });

    it('finds it in the document properties', async () => {
      const problems = await verify({ title: 'Response packet: Dana Smith' });
      expect(problems.map((problem) => problem.message)).toEqual([
        'Document properties (Title): the redacted text “Dana Smith” of record r_1 can be read in the packet',
      ]);
    });

    it('finds it in an XMP packet, whether written as an element or an attribute', async () => {
      const element = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Dana Smith</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>';
      const attribute = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Keywords="Dana Smith"/></rdf:RDF></x:xmpmeta>';
      for (const xmp of [element, attribute]) {
        const problems = await verify({ xmp });
        expect(problems.map((problem) => problem.message)).toEqual(['XMP metadata: the redacted text “Dana Smith” of record r_1 can be read in the packet']);
      }
    });

    it('finds it in an annotation and says on which page', async () => {
      const problems = await verify({ pages: withPage(2, { note: 'Ask Dana Smith about this' }) });
      expect(problems).toEqual([
        expect.objectContaining({
          kind: 'redaction-leak',
          message: 'Page ABC000003, an annotation\'s text (Text): the redacted text “Dana Smith” of record r_1 can be read in the packet',
          page: 3,
          recordId: 'r_1',
        }),
      ]);
    });

    it('finds it in a bookmark', async () => {
      const problems = await verify({ outline: ['Index of records', 'ABC000002 — Call with Dana Smith'] });
      expect(problems.map((problem) => problem.message)).toEqual(['A bookmark: the redacted text “Dana Smith” of record r_1 can be read in the packet']);
    });

    it('finds it in an object that no page shows but the file still holds', async () => {
      const problems = await verify({ orphan: 'Dana Smith' });
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/^PDF object \d+ \(not necessarily shown by a viewer, but stored in the file\): the redacted text “Dana Smith” of record r_1 can be read in the packet$/);
    });

    it('skips strings under three characters in text but still reports a property that is exactly one', async () => {
      const short: HiddenText = { ...REDACTED, hidden: '42', visibleText: 'Budget call' };
      const inText = withPage(1, { lines: ['Please call about item 42 of the budget.'] });
      expect(await verify({ pages: inText }, expectations({ redactions: [short] }))).toEqual([]);
      const problems = await verify({ keywords: '42' }, expectations({ redactions: [short] }));
      expect(problems.map((problem) => problem.message)).toEqual(['Document properties (Keywords): the redacted text “42” of record r_1 can be read in the packet']);
    });
  });

  describe('structure', () => {
    it('reports a gap in the planned Bates numbers', async () => {
      const gap = expectations({
        pages: [
          { bates: 'ABC000001', recordId: null },
          { bates: 'ABC000003', recordId: 'r_1' },
          { bates: 'ABC000004', recordId: 'r_2' },
        ],
        bates: undefined,
      });
      const problems = await verify({ pages: [{ lines: ['Index'], bates: 'ABC000001' }, { lines: ['r1'], bates: 'ABC000003' }, { lines: ['r2'], bates: 'ABC000004' }] }, gap);
      expect(problems.filter((problem) => problem.kind === 'bates').map((problem) => problem.message)).toContain(
        'Page 2 is numbered ABC000003 but should be ABC000002: the Bates numbers have a gap, a repeat or a wrong prefix',
      );
    });

    it('reports a page that does not carry its Bates number', async () => {
      const problems = await verify({ pages: withPage(2, { bates: 'ABC000004' }) });
      expect(problems).toEqual([
        { kind: 'bates', message: 'Page 3 should carry Bates number ABC000003, but that number cannot be read on it', page: 3, bates: 'ABC000003' },
      ]);
    });

    it('does not take ABC0000021 for ABC000002', async () => {
      const problems = await verify({ pages: withPage(1, { bates: 'ABC0000021' }) });
      expect(problems.map((problem) => problem.page)).toEqual([2]);
    });

    it('reports a page count other than planned', async () => {
      const problems = await verify({ pages: cleanPages().slice(0, 2) });
      expect(problems.map((problem) => problem.message)).toEqual(['The packet has 2 pages but should have 3: pages are missing']);
    });

    it('reports a responsive record left out and a record that is not responsive', async () => {
      const problems = await verify({}, expectations({ responsiveRecordIds: ['r_1', 'r_3'] }));
      expect(problems.map((problem) => [problem.kind, problem.message])).toEqual([
        ['record-missing', 'Record r_3 is coded responsive but is not in the packet'],
        ['record-not-responsive', 'Record r_2 is in the packet (ABC000003) but is not coded responsive to this request'],
      ]);
    });

    it('reports an index entry whose range does not match the record’s pages', async () => {
      const entries = [
        { recordId: 'r_1', title: 'Budget call', batesFirst: 'ABC000002', batesLast: 'ABC000002' },
        { recordId: 'r_2', title: 'Salt dome', batesFirst: 'ABC000002', batesLast: 'ABC000002' },
      ];
      const problems = await verify({}, expectations({ entries }));
      expect(problems.map((problem) => problem.message)).toEqual(['Record r_2 is listed in the index at ABC000002 but its pages are ABC000003']);
    });

    it('reports a file that no reader can open', async () => {
      const result = await verifyPacket(new TextEncoder().encode('not a pdf at all'), expectations());
      expect(result.ok).toBe(false);
      expect(result.pagesRead).toBe(0);
      expect(result.problems.map((problem) => problem.kind)).toEqual(['unreadable']);
      expect(result.problems[0]?.message).toMatch(/^The packet cannot be opened by a PDF reader: /);
    });

    it('keeps a readable list when every page is wrong', async () => {
      const pages = Array.from({ length: 30 }, (_, index) => ({ lines: [`Page ${index + 1}`], bates: `XYZ${index}` }));
      const planned = expectations({
        pages: pages.map((_, index) => ({ bates: `ABC${String(index + 1).padStart(6, '0')}`, recordId: null })),
        redactions: [],
        responsiveRecordIds: [],
        entries: [],
      });
      const bytes = await handBuiltPdf({ pages });
      const result = await verifyPacket(bytes, planned, { maxPerKind: 5 });
      expect(result.problems).toHaveLength(6);
      expect(result.problems.at(-1)).toEqual({ kind: 'bates', message: '…and 25 more Bates-number problems' });
    });
  });
});

describe('verifyPacketFiles', () => {
  /** The clean packet as the per-record variant writes it: one file per page, named by its Bates number. */
  async function split(change: { index: number; page?: Partial<HandBuiltPage>; title?: string; bytes?: Uint8Array } | null = null): Promise<PacketPdf[]> {
    return Promise.all(
      cleanPages().map(async (page, index) => {
        const changed = change?.index === index ? change : null;
        const bytes = changed?.bytes ?? (await handBuiltPdf({ pages: [{ ...page, ...changed?.page }], title: changed?.title ?? 'Response packet: Road budget request' }));
        return { name: `${page.bates ?? ''}.pdf`, bytes };
      }),
    );
  }

  it('passes the files of a clean packet read end to end, and counts their pages together', async () => {
    expect(await verifyPacketFiles(await split(), expectations())).toMatchObject({ ok: true, problems: [], pagesRead: 3 });
  });

  it('names the file a property leaks in, numbers annotations across files, and names a file no reader opens', async () => {
    const titled = await verifyPacketFiles(await split({ index: 1, title: 'Dana Smith' }), expectations());
    expect(titled.problems.map((problem) => problem.message)).toEqual([
      'ABC000002.pdf: Document properties (Title): the redacted text “Dana Smith” of record r_1 can be read in the packet',
    ]);
    const noted = await verifyPacketFiles(await split({ index: 2, page: { note: 'Ask Dana Smith about this' } }), expectations());
    expect(noted.problems).toEqual([expect.objectContaining({ kind: 'redaction-leak', page: 3, message: expect.stringMatching(/^Page ABC000003, an annotation's text/) })]);
    const broken = await verifyPacketFiles(await split({ index: 0, bytes: new TextEncoder().encode('not a pdf at all') }), expectations());
    expect(broken).toMatchObject({ ok: false, pagesRead: 2 });
    expect(broken.problems[0]?.message).toMatch(/^ABC000001\.pdf: The packet cannot be opened by a PDF reader: /);
  });

  it('checks the record fields of the load files written beside them', async () => {
    const dat = (subject: string) => ({ name: 'ABC000001-ABC000003.dat', bytes: new TextEncoder().encode(`\uFEFF\u00FEBEGBATES\u00FE\u0014\u00FESUBJECT\u00FE\r\n\u00FEABC000002\u00FE\u0014\u00FE${subject}\u00FE\r\n`) });
    expect((await verifyPacketFiles(await split(), expectations(), { loadFiles: [dat('Budget call')] })).ok).toBe(true);
    expect((await verifyPacketFiles(await split(), expectations(), { loadFiles: [dat('Call with Dana Smith')] })).problems.map((problem) => problem.message)).toEqual([
      'Load file ABC000001-ABC000003.dat, line 2: the redacted text “Dana Smith” of record r_1 can be read in the packet',
    ]);
  });
});
