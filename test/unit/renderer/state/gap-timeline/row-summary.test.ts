import { describe, expect, it } from 'vitest';
import { gapSource, openProposalSources, shadedInterval } from '../../../../../renderer/state/gap-timeline/gap-intervals.js';
import type { ShadedInterval } from '../../../../../renderer/state/gap-timeline/gap-intervals.js';
import { periodText, rowSummary } from '../../../../../renderer/state/gap-timeline/row-summary.js';
import { makeGap, makeProposal } from './timeline-fixtures.js';

const interval = (source: ReturnType<typeof gapSource>): ShadedInterval => {
  const shaded = shadedInterval(source, '2021-01-04', '2021-06-30');
  if (shaded === null) {
    throw new Error('off the axis');
  }
  return shaded;
};

describe('a row as a sentence', () => {
  it('reads as the issue asks', () => {
    expect(
      rowSummary({
        custodian: 'Ana',
        channel: 'whatsapp',
        total: 412,
        firstCountDay: '2021-01-04',
        lastCountDay: '2021-06-30',
        intervals: [interval(gapSource(makeGap()))],
        evidenceCount: 0,
      }),
    ).toBe("Ana, WhatsApp: 412 messages 2021-01-04 to 2021-06-30; gap 'Auto-delete' 2021-03-01 to 2021-05-31 (suspected)");
  });

  it('names proposals, unknown ends and evidence, with the gap dates rather than the clipped ones', () => {
    const [proposal] = openProposalSources([makeProposal()]);
    if (proposal === undefined) {
      throw new Error('no proposal');
    }
    expect(
      rowSummary({
        custodian: 'Ben',
        channel: 'sms',
        total: 1,
        firstCountDay: '2021-02-01',
        lastCountDay: '2021-02-01',
        intervals: [interval(gapSource(makeGap({ periodStart: '2020-06-01', periodEnd: null, status: 'confirmed', title: 'Phone lost' }))), interval(proposal)],
        evidenceCount: 2,
      }),
    ).toBe(
      "Ben, SMS / text messages: 1 message on 2021-02-01; gap 'Phone lost' 2020-06-01 to an unknown end (confirmed); proposed gap 'Silent for 40 days' 2021-04-01 to 2021-05-10 (not yet reviewed); 2 evidence records marked",
    );
  });

  it('words every kind of period', () => {
    expect(periodText(null, null)).toBe('dates unknown');
    expect(periodText(null, '2021-02-01')).toBe('from an unknown start to 2021-02-01');
    expect(periodText('2021-02-01', '2021-02-01')).toBe('on 2021-02-01');
  });
});
