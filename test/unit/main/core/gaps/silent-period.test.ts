/**
 * The silent-period statistic on a series whose numbers can be checked by hand, the Poisson
 * arithmetic under it, and the sentence the gap screen shows. (Its quality on real mail is
 * measured in gap-detectors-quality.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { addDays, isWeekend } from '../../../../../shared/deadlines/calendar-date.js';
import type { GapRecord } from '../../../../../main/core/gaps/detector-input.js';
import { poissonCdf, poissonQuantile } from '../../../../../main/core/gaps/poisson.js';
import { explainSilentPeriod, formatOdds } from '../../../../../main/core/gaps/silent-period-explanation.js';
import { detectSilentPeriods } from '../../../../../main/core/gaps/silent-period.js';

function email(id: string, day: string, custodian = 'Ann Lee'): GapRecord {
  return {
    id,
    kind: 'email',
    parentId: null,
    familyId: id,
    copies: [{ sourceId: 's1', custodian, sourceChannel: 'official-email', path: `${id}.eml`, folder: 'inbox', conversationKey: '', messageId: `<${id}@x>` }],
    platform: null,
    conversationKey: '',
    conversationTitle: '',
    day,
    dateUtc: `${day}T15:00:00.000Z`,
    dateLocal: `${day}T10:00:00-05:00`,
    from: { name: 'Bo', address: 'bo@agency.gov' },
    to: [],
    cc: [],
    bcc: [],
    messageId: `<${id}@x>`,
    inReplyTo: '',
    references: [],
    subject: 'Budget',
    body: 'Numbers attached.',
    contentSha256: id,
    event: null,
    threadId: null,
  };
}

/** 14 emails every working day from `first` to `last`, none on the days in `silent`. */
function mailbox(first: string, last: string, silent: ReadonlySet<string>): GapRecord[] {
  const records: GapRecord[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (!isWeekend(day) && !silent.has(day)) {
      for (let n = 0; n < 14; n += 1) {
        records.push(email(`${day}-${n}`, day));
      }
    }
  }
  return records;
}

describe('Poisson arithmetic', () => {
  it('gives the textbook values, and stays finite where e^-mean underflows', () => {
    expect(poissonCdf(0, 2)).toBeCloseTo(Math.exp(-2), 12);
    expect(poissonCdf(1, 2)).toBeCloseTo(3 * Math.exp(-2), 12);
    expect(poissonCdf(1000, 1000)).toBeGreaterThan(0.5);
    expect(poissonCdf(1000, 1000)).toBeLessThan(0.52);
    expect(poissonQuantile(0.5, 14 * 9)).toBe(126);
    expect(poissonQuantile(0.05, 0)).toBe(0);
  });
});

describe('silent periods', () => {
  it('proposes the run of working days a steady mailbox lost, with the statistic in words', () => {
    // 2001-03-05 (Mon) to 2001-03-15 (Thu): nine working days with nothing.
    const silent = new Set<string>();
    for (let day = '2001-03-05'; day <= '2001-03-15'; day = addDays(day, 1)) {
      silent.add(day);
    }
    const [proposal, ...rest] = detectSilentPeriods({ records: mailbox('2001-01-08', '2001-05-25', silent), sources: [], conversations: [] });
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({ detector: 'silent-period', custodians: ['Ann Lee'], channel: 'official-email', periodStart: '2001-03-05', periodEnd: '2001-03-15' });
    expect(proposal?.explanation).toBe(
      'Usually 14 emails a working day in Ann Lee’s official email (median of the 20 working days before and after); 0 on 9 working days ' +
        'from 2001-03-05 to 2001-03-15; chance of so few under the usual rate (Poisson): < 1 in 1,000, about 1 in more than 10^15.',
    );
    // 126 expected; the 5% and 95% Poisson quantiles bound the estimate of what is missing.
    expect(proposal?.volume).toEqual({ low: poissonQuantile(0.05, 126), high: poissonQuantile(0.95, 126), unit: 'emails' });
    expect(proposal?.evidence.map((item) => item.why)).toEqual(['The last email before the silence (2001-03-02).', 'The first email after the silence (2001-03-16).']);
  });

  it('proposes nothing for a steady mailbox, nor for a quiet stretch shorter than the minimum', () => {
    const records = mailbox('2001-01-08', '2001-05-25', new Set(['2001-03-06', '2001-03-07']));
    expect(detectSilentPeriods({ records, sources: [], conversations: [] })).toEqual([]);
    expect(detectSilentPeriods({ records, sources: [], conversations: [] }, { minWorkingDays: 2 })).toHaveLength(1);
  });

  it('skips weekends and holidays of the calendar, and splits history at long gaps instead of calling them silences', () => {
    // Presidents' Day 2001 is Monday 19 February: not a working day, so not part of any silence.
    const records = mailbox('2001-01-08', '2001-05-25', new Set(['2001-02-19']));
    expect(detectSilentPeriods({ records, sources: [], conversations: [] }, { minWorkingDays: 1 })).toEqual([]);
    const twoYears = [...mailbox('1999-01-04', '1999-03-26', new Set()), ...mailbox('2001-01-08', '2001-03-30', new Set())];
    expect(detectSilentPeriods({ records: twoYears, sources: [], conversations: [] })).toEqual([]);
  });
});

describe('the explanation sentence', () => {
  it('says the usual rate, what was observed, when, and how unlikely it is', () => {
    expect(
      explainSilentPeriod({
        custodian: 'Ann Lee',
        channel: 'whatsapp',
        unit: 'messages',
        baselinePerDay: 2.5,
        baselineWorkingDays: 20,
        workingDays: 4,
        observed: 1,
        start: '2023-05-01',
        end: '2023-05-04',
        probability: poissonCdf(1, 10),
        threshold: 1e-3,
      }),
    ).toBe(
      'Usually 2.5 messages a working day in Ann Lee’s WhatsApp (median of the 20 working days before and after); 1 on 4 working days ' +
        'from 2023-05-01 to 2023-05-04; chance of so few under the usual rate (Poisson): < 1 in 1,000, about 1 in 2,000.',
    );
    expect(formatOdds(0.5)).toBe('1 in 2');
    expect(formatOdds(1 / 3_210_000)).toBe('1 in 3,200,000');
  });
});
