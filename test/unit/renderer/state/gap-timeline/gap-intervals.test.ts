import { describe, expect, it } from 'vitest';
import { appliesToRow, gapSource, openProposalSources, shadedInterval } from '../../../../../renderer/state/gap-timeline/gap-intervals.js';
import { makeGap, makeProposal } from './timeline-fixtures.js';

const ana = { custodian: 'Ana', channel: 'whatsapp' as const };

describe('which gaps shade a row', () => {
  it('needs the same channel and the row custodian among the gap custodians', () => {
    expect(appliesToRow(gapSource(makeGap()), ana)).toBe(true);
    expect(appliesToRow(gapSource(makeGap({ channel: 'signal' })), ana)).toBe(false);
    expect(appliesToRow(gapSource(makeGap({ custodians: ['Ben'] })), ana)).toBe(false);
    expect(appliesToRow(gapSource(makeGap({ custodians: ['Ben', 'Ana'] })), ana)).toBe(true);
  });

  it('takes a gap with no custodians as every custodian of its channel', () => {
    const wholeChannel = gapSource(makeGap({ custodians: [] }));
    expect(appliesToRow(wholeChannel, ana)).toBe(true);
    expect(appliesToRow(wholeChannel, { custodian: 'Ben', channel: 'whatsapp' })).toBe(true);
    expect(appliesToRow(wholeChannel, { custodian: 'Ben', channel: 'sms' })).toBe(false);
  });

  it('matches names regardless of case and surrounding space, and nothing looser', () => {
    expect(appliesToRow(gapSource(makeGap({ custodians: [' ana '] })), ana)).toBe(true);
    expect(appliesToRow(gapSource(makeGap({ custodians: ['Ana Ruiz'] })), ana)).toBe(false);
  });

  it('draws only proposals nobody has reviewed', () => {
    const review = { key: 'k', detector: 'silent-period' as const, decision: 'rejected' as const, gapId: null, reason: '', decidedBy: 'o', decidedAt: '2024-01-01T00:00:00Z' };
    const sources = openProposalSources([makeProposal({ key: 'open' }), makeProposal({ key: 'rejected', review })]);
    expect(sources.map((source) => [source.kind, source.id, source.status])).toEqual([['proposal', 'open', 'proposed']]);
  });
});

describe('a gap clipped to the axis', () => {
  const clip = (periodStart: string | null, periodEnd: string | null) => shadedInterval(gapSource(makeGap({ periodStart, periodEnd })), '2021-01-01', '2021-06-30');

  it('keeps a period inside the axis as it is', () => {
    expect(clip('2021-03-01', '2021-05-31')).toMatchObject({ from: '2021-03-01', to: '2021-05-31', startEdge: 'exact', endEdge: 'exact', openEnded: false });
  });

  it('cuts a period that runs past either end, and says it did', () => {
    expect(clip('2020-11-01', '2021-08-01')).toMatchObject({ from: '2021-01-01', to: '2021-06-30', startEdge: 'clipped', endEdge: 'clipped', openEnded: false });
  });

  it('runs an unknown start or end to the axis edge, flagged as open-ended', () => {
    expect(clip(null, '2021-02-15')).toMatchObject({ from: '2021-01-01', to: '2021-02-15', startEdge: 'unknown', endEdge: 'exact', openEnded: true });
    expect(clip('2021-04-01', null)).toMatchObject({ from: '2021-04-01', to: '2021-06-30', startEdge: 'exact', endEdge: 'unknown', openEnded: true });
    expect(clip(null, null)).toMatchObject({ from: '2021-01-01', to: '2021-06-30', openEnded: true });
  });

  it('treats a malformed date as unknown', () => {
    expect(clip('2021-02-30', '2021-03-10')).toMatchObject({ from: '2021-01-01', startEdge: 'unknown' });
  });

  it('draws nothing for a period wholly off the axis, or ending before it starts', () => {
    expect(clip('2019-01-01', '2019-12-31')).toBeNull();
    expect(clip('2021-07-01', null)).toBeNull();
    expect(clip('2021-05-01', '2021-04-01')).toBeNull();
  });

  it('shades a single day on the axis edge', () => {
    expect(clip('2021-06-30', '2021-06-30')).toMatchObject({ from: '2021-06-30', to: '2021-06-30' });
  });
});
