import { describe, expect, it } from 'vitest';
import type { RecordDetail } from '../../../../../shared/model/record.js';
import { redactableText } from '../../../../../shared/model/redactable-text.js';
import { REDACTABLE_FIELDS, type Redaction, type RedactableField } from '../../../../../shared/model/review.js';
import { layoutPacket } from '../../../../../main/core/packet/layout-packet.js';
import { labelSizeFor } from '../../../../../main/core/packet/marked-rows.js';
import type { PacketPlan, PagePlan, PlacedBox, PlacedText } from '../../../../../main/core/packet/packet-plan.js';
import { contentWidth, LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';
import { normaliseSpans } from '../../../../../main/core/packet/redacted-runs.js';
import { B3_TAX, B5, B6, B7C, FAKE_FONTS, fakeMeasure as measure, longBody, makeInput, makeRecord, partItem, planTexts, redaction, redactQuote } from './packet-fixtures.js';

const g = LETTER_GEOMETRY;

function layoutOne(record: RecordDetail, redactions: Redaction[]): PacketPlan {
  return layoutPacket(makeInput([partItem(record, redactions)]), FAKE_FONTS);
}

const recordPages = (plan: PacketPlan): PagePlan[] => plan.pages.filter((page) => page.kind === 'record');
const boxesOf = (plan: PacketPlan): PlacedBox[] => recordPages(plan).flatMap((page) => page.boxes ?? []);
/** Texts on the same baseline as `box`, left to right. */
const lineOf = (page: PagePlan, box: PlacedBox): PlacedText[] =>
  page.texts.filter((t) => Math.abs(t.y - (box.y + 0.22 * t.size)) < 0.01).sort((a, b) => a.x - b.x);

function expectNowhere(plan: PacketPlan, secret: string): void {
  for (const text of planTexts(plan)) {
    expect(text).not.toContain(secret);
  }
  for (const entry of plan.entries) {
    expect(entry.title).not.toContain(secret);
  }
}

describe('redactions burned into a record drawn from its text', () => {
  const body = 'Jane Roe called about the budget; her number is 555-0101 and she lives at 12 Elm St.';

  it('replaces a redaction at the start, in the middle and at the end by a labelled box, never by text', () => {
    const record = makeRecord({ id: 'r1', body });
    const plan = layoutOne(record, [redactQuote(record, 'body', 'Jane Roe'), redactQuote(record, 'body', '555-0101', [B7C]), redactQuote(record, 'body', '12 Elm St.')]);
    const boxes = boxesOf(plan);
    expect(boxes.map((box) => box.label)).toEqual(['(b)(6)', '(b)(7)(C)', '(b)(6)']);
    for (const secret of ['Jane', 'Roe', '555-0101', 'Elm']) {
      expectNowhere(plan, secret);
    }
    const page = recordPages(plan)[0];
    if (page === undefined || boxes[0] === undefined || boxes[1] === undefined) {
      throw new Error('no page');
    }
    // The visible text sits around the boxes on one line.
    const line = lineOf(page, boxes[0]).map((t) => t.text);
    expect(line).toEqual([' called about the budget; her number is ', ' and she lives at ']);
    const [, middle] = lineOf(page, boxes[0]);
    expect(middle?.x).toBeCloseTo(boxes[1].x + boxes[1].width);
    // Every box is at least as wide as its label and as the text it hides, and the page's ink.
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(measure(box.label, labelSizeFor(g.body.size), 'bold'));
      expect(box.labelSize).toBe(labelSizeFor(g.body.size));
      expect(box.height).toBeGreaterThan(g.body.size);
      expect(box.height).toBeLessThan(g.body.lineHeight);
    }
    expect(boxes[1].width).toBeGreaterThanOrEqual(measure('555-0101', g.body.size, 'regular'));
    expect(plan.entries[0]?.title).toBe('Untitled');
  });

  it('gives one box per line when a redaction spans line breaks, and caps a box to the line', () => {
    const record = makeRecord({ id: 'r1', body: `Name: Jane Roe\nPhone: 555-0101\nNotes: ${'secret words '.repeat(80)}\nEnd.` });
    const start = record.body.indexOf('Jane');
    const plan = layoutOne(record, [redaction(record, 'body', start, record.body.indexOf('\nEnd.'))]);
    const boxes = boxesOf(plan);
    expect(boxes).toHaveLength(3);
    const ys = boxes.map((box) => box.y);
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
    // The long line of hidden text gets one box, as wide as the line and no wider.
    expect(boxes[2]?.width).toBeCloseTo(contentWidth(g));
    expectNowhere(plan, 'secret');
    expectNowhere(plan, '555');
    expect(planTexts(plan)).toContain('Name: ');
    expect(planTexts(plan)).toContain('End.');
  });

  it('merges adjacent and overlapping spans into one box listing every exemption', () => {
    const record = makeRecord({ id: 'r1', body });
    const at = body.indexOf('555-0101');
    const plan = layoutOne(record, [
      redaction(record, 'body', at, at + 3, [B6]),
      redaction(record, 'body', at + 3, at + 8, [B7C]),
      redaction(record, 'body', at + 1, at + 5, [B6, B3_TAX]),
    ]);
    // Exemptions in the order their spans start.
    expect(boxesOf(plan).map((box) => box.label)).toEqual(['(b)(6), (b)(3): 26 U.S.C. 6103, (b)(7)(C)']);
    expectNowhere(plan, '0101');
  });

  it('keeps a redacted subject out of the continuation header, the index, the entries and the log', () => {
    const record = makeRecord({ id: 'r1', title: 'Complaint about Jane Roe by Sam', body: longBody(120) });
    const plan = layoutOne(record, [redactQuote(record, 'subject', 'Jane Roe', [B6])]);
    expectNowhere(plan, 'Jane');
    const pages = recordPages(plan);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]?.texts[0]?.text).toBe('Complaint about [redacted (b)(6)] by Sam (continued)');
    const subjectBox = pages[0]?.boxes?.find((box) => box.label === '(b)(6)');
    expect(subjectBox?.labelSize).toBe(labelSizeFor(g.field.size));
    const index = plan.pages.find((page) => page.kind === 'index')?.texts.map((t) => t.text) ?? [];
    expect(index.some((text) => text.startsWith('Complaint about [redacted'))).toBe(true);
    expect(index).toContain('Released in part');
    expect(plan.entries[0]?.title).toBe('Complaint about [redacted (b)(6)] by Sam');
    const log = plan.pages.filter((page) => page.kind === 'vaughn').flatMap((page) => page.texts.map((t) => t.text)).join(' ');
    expect(log).toContain('[redacted');
  });

  it('burns in redacted From, To and Cc, and uses placeholders where a sender is listed', () => {
    const record = makeRecord({
      id: 'r1',
      from: 'Jane Roe <jane@example.org>',
      fromParticipant: { name: 'Jane Roe', address: 'jane@example.org' },
      to: [{ name: 'Sam Planner', address: 'sam@city.example' }, { name: 'Kim Witness', address: 'kim@example.org' }],
      cc: [{ name: 'Lee Source', address: 'lee@example.org' }],
      body: 'Hello.',
    });
    const plan = layoutOne(record, [
      redactQuote(record, 'from', 'Jane Roe <jane@example.org>'),
      redactQuote(record, 'to', 'Kim Witness <kim@example.org>', [B7C]),
      redactQuote(record, 'cc', 'Lee Source', [B5]),
    ]);
    for (const secret of ['Jane', 'jane@', 'Kim', 'kim@', 'Lee Source']) {
      expectNowhere(plan, secret);
    }
    const page = recordPages(plan)[0];
    const texts = page?.texts.map((t) => t.text) ?? [];
    expect(texts).toContain('Sam Planner <sam@city.example>, ');
    expect(texts).toContain(' <lee@example.org>');
    expect(page?.boxes?.map((box) => box.label)).toEqual(['(b)(6)', '(b)(7)(C)', '(b)(5)']);
    // The From value starts at the value column: the box is the whole value.
    expect(page?.boxes?.[0]?.x).toBe(g.marginLeft + g.labelWidth);
    const index = plan.pages.find((p) => p.kind === 'index')?.texts.map((t) => t.text) ?? [];
    expect(index).toContain('[redacted (b)(6)]');
  });

  it('places right-to-left and CJK text beside a box without losing or moving it', () => {
    const record = makeRecord({ id: 'r1', body: 'مرحبا يوسف بالعالم\n東京都庁の田中さんと会議' });
    const plan = layoutOne(record, [redactQuote(record, 'body', 'يوسف'), redactQuote(record, 'body', '田中')]);
    const page = recordPages(plan)[0];
    const texts = page?.texts.map((t) => t.text) ?? [];
    expect(texts).toContain('مرحبا ');
    expect(texts).toContain(' بالعالم');
    expect(texts).toContain('東京都庁の');
    expect(texts).toContain('さんと会議');
    expectNowhere(plan, 'يوسف');
    expectNowhere(plan, '田中');
    const [arabicBox, cjkBox] = page?.boxes ?? [];
    if (page === undefined || arabicBox === undefined || cjkBox === undefined) {
      throw new Error('missing boxes');
    }
    const before = lineOf(page, cjkBox)[0];
    expect(before?.text).toBe('東京都庁の');
    expect(cjkBox.x).toBeCloseTo((before?.x ?? 0) + measure('東京都庁の', g.body.size, 'regular'));
    expect(lineOf(page, arabicBox).map((t) => t.text)).toEqual(['مرحبا ', ' بالعالم']);
  });
});

describe('redaction property: no drawn text reveals a redacted passage', () => {
  function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const SYLLABLES = ['qa', 'zu', 'xi', 'vo', 'ky', 'jw', '東', 'م', 'é', '7', '42'];
  function words(next: () => number, count: number, breaks: boolean): string {
    let text = '';
    for (let i = 0; i < count; i += 1) {
      const length = 1 + Math.floor(next() * 4);
      for (let j = 0; j < length; j += 1) {
        text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
      }
      text += breaks && next() < 0.08 ? '\n' : ' ';
    }
    return text.trim();
  }

  it('holds for random spans over every field', () => {
    for (let seed = 1; seed <= 120; seed += 1) {
      const next = random(seed);
      const record = makeRecord({
        id: `r${seed}`,
        title: words(next, 8, false),
        from: words(next, 3, false),
        fromParticipant: null,
        to: [{ name: words(next, 2, false), address: 'to@city.example' }],
        cc: [{ name: words(next, 2, false), address: '' }],
        body: words(next, 60 + Math.floor(next() * 500), true),
      });
      const redactions: Redaction[] = [];
      for (let k = 0; k < 1 + Math.floor(next() * 6); k += 1) {
        const field = REDACTABLE_FIELDS[Math.floor(next() * REDACTABLE_FIELDS.length)] as RedactableField;
        const text = redactableText(record, field);
        const start = Math.floor(next() * (text.length - 1));
        const end = Math.min(text.length, start + 1 + Math.floor(next() * 30));
        redactions.push(redaction(record, field, start, end));
      }
      const plan = layoutOne(record, redactions);
      const drawn = planTexts(plan).concat(plan.entries.map((entry) => entry.title));
      // What may be printed: each field's text outside its merged spans, and the packet's own words.
      const blank = makeRecord({ id: record.id, title: '', from: '', fromParticipant: null, to: [], cc: [], body: '' });
      const ownWords = planTexts(layoutPacket(makeInput([partItem(blank, [])]), FAKE_FONTS)).join('\u0000');
      const allowed = ownWords + '\u0000' + REDACTABLE_FIELDS.map((field) => {
        const text = redactableText(record, field);
        const spans = normaliseSpans(text, redactions.filter((r) => r.field === field));
        let at = 0;
        const pieces: string[] = [];
        for (const span of spans) {
          pieces.push(text.slice(at, span.start));
          at = span.end;
        }
        pieces.push(text.slice(at));
        return pieces.join('\u0000');
      }).join('\u0000');
      for (const r of redactions) {
        const hidden = redactableText(record, r.field).slice(r.start, r.end);
        const window = Math.min(4, hidden.length);
        for (let i = 0; i + window <= hidden.length; i += 1) {
          const piece = hidden.slice(i, i + window);
          if (piece.trim().length < window || allowed.includes(piece)) {
            continue;
          }
          const leak = drawn.find((text) => text.includes(piece));
          expect(leak, `seed ${seed}: "${piece}" of ${r.field} [${r.start}, ${r.end}) drawn`).toBeUndefined();
        }
      }
    }
  });

  it('draws every visible word of a redacted body', () => {
    for (let seed = 500; seed <= 540; seed += 1) {
      const next = random(seed);
      const record = makeRecord({ id: `v${seed}`, body: words(next, 200, true) });
      const start = Math.floor(next() * (record.body.length - 40));
      const spans = [redaction(record, 'body', start, start + 1 + Math.floor(next() * 40))];
      const plan = layoutOne(record, spans);
      const drawn = recordPages(plan).flatMap((page) => page.texts.map((t) => t.text)).join('\u0000');
      const merged = normaliseSpans(record.body, spans);
      const visible = [record.body.slice(0, merged[0]?.start), record.body.slice(merged[0]?.end)].join('\u0000');
      for (const word of visible.split(/[\s\u0000]+/).filter((w) => w !== '')) {
        expect(drawn, `seed ${seed}`).toContain(word);
      }
    }
  });
});
