import { describe, expect, it } from 'vitest';
import { exemptionLabels, releasedHeader, releasedTitle } from '../../../../../main/core/packet/assemble-released-fields.js';
import { B5, B6, makeItem, makeRecord, makeRedaction } from './assemble-fixtures.js';

const record = makeRecord({
  id: 'r1',
  title: 'Budget',
  from: 'Dana Clerk <dana@city.example>',
  to: [
    { name: 'Sam Planner', address: 'sam@city.example' },
    { name: 'Jane Roe', address: 'jane@home.example' },
  ],
  cc: [{ name: 'Lee Auditor', address: 'lee@city.example' }],
});

describe('releasedHeader', () => {
  it('gives the header as printed for a record released in full', () => {
    expect(releasedHeader(makeItem(record))).toEqual({
      from: 'Dana Clerk <dana@city.example>',
      to: 'Sam Planner <sam@city.example>, Jane Roe <jane@home.example>',
      cc: 'Lee Auditor <lee@city.example>',
      filename: '',
    });
  });

  it("replaces a redacted span by the layout's placeholder and keeps the rest", () => {
    const to = 'Sam Planner <sam@city.example>, ';
    const redaction = { ...makeRedaction('r1', 'to', 'Jane Roe <jane@home.example>', [B6]), start: to.length, end: to.length + 'Jane Roe <jane@home.example>'.length };
    const header = releasedHeader(makeItem(record, { decision: 'release-in-part', redactions: [redaction] }));
    expect(header.to).toBe('Sam Planner <sam@city.example>, [redacted (b)(6)]');
    expect(header.from).toBe('Dana Clerk <dana@city.example>');
  });

  it('replaces a whole field that still shows a passage redacted elsewhere in the record', () => {
    const header = releasedHeader(makeItem(record, { decision: 'release-in-part', redactions: [makeRedaction('r1', 'body', 'Lee Auditor', [B5])] }));
    expect(header.cc).toBe('[redacted (b)(5)]');
  });

  it('gives nothing for a record withheld in full or referred', () => {
    for (const decision of ['withhold-in-full', 'referral'] as const) {
      expect(releasedHeader(makeItem(record, { decision, exemptions: [B5] }))).toEqual({ from: '', to: '', cc: '', filename: '' });
    }
  });

  it("names a document's file by its last path part only", () => {
    const document = makeRecord({ id: 'd1', kind: 'document', filename: '', locations: [{ ...record.locations[0]!, path: 'custodians/jroe/personal/plan.docx' }] });
    expect(releasedHeader(makeItem(document)).filename).toBe('plan.docx');
  });
});

describe('releasedTitle', () => {
  it("keeps the layout's title unless it shows a redacted passage of any of the records it stands for", () => {
    const item = makeItem(record, { decision: 'release-in-part', redactions: [makeRedaction('r1', 'subject', 'Budget', [B6])] });
    expect(releasedTitle('[redacted (b)(6)]', [item])).toBe('[redacted (b)(6)]');
    expect(releasedTitle('The budget', [item])).toBe('[redacted (b)(6)]');
    expect(releasedTitle('The road', [item])).toBe('The road');
  });
});

describe('exemptionLabels', () => {
  it('prints each exemption once in first-use order', () => {
    expect(exemptionLabels([B6, B5, B6, { catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' }])).toEqual(['(b)(6)', '(b)(5)', '(b)(3): 26 U.S.C. 6103']);
  });
});
