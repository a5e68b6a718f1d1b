/**
 * Worked examples of the FOIA 2000 s.10 clock on the England and Wales calendar, each counted by
 * hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../../shared/deadlines/calendar-date.js';
import { ukFoiDeadline } from '../../../../shared/deadlines/uk-foi-deadline.js';
import { englandWalesWorkingCalendar } from '../../../../shared/deadlines/working-calendar.js';
import { workingDaysBetween } from '../../../../shared/deadlines/working-days.js';

describe('ukFoiDeadline', () => {
  it('counts the twentieth working day following receipt, over Easter 2024', () => {
    // Received Thursday 2024-03-28 (day 0). Good Friday 29 and Easter Monday 1 April skipped;
    // Apr 2-5 (4); 8-12 (9); 15-19 (14); 22-26 (19); Monday Apr 29 (20).
    expect(ukFoiDeadline({ receivedOn: '2024-03-28' }, '2024-03-28')).toEqual({
      rule: 'uk-foia',
      calendar: 'england-and-wales',
      clockStartedOn: '2024-03-28',
      dueDate: '2024-04-29',
      baseWorkingDays: 20,
      extensionWorkingDays: 0,
      workingDaysAllowed: 20,
      tolledWorkingDays: 0,
      asOf: '2024-03-28',
      workingDaysElapsed: 0,
      workingDaysRemaining: 20,
      overdue: false,
      clockStopped: false,
    });
  });

  it('disregards the days of a fees notice, so the same request spans Easter and the early May bank holiday', () => {
    // As above, with a fees notice given Monday Apr 15 and the fee received Friday Apr 19 (s.10(2):
    // both days disregarded). Apr 2-5 (4); 8-12 (9); 15-19 disregarded; 22-26 (14); Apr 29-May 3 (19);
    // early May bank holiday Monday 6 skipped; Tuesday May 7 (20).
    const status = ukFoiDeadline({ receivedOn: '2024-03-28', tolling: [{ reason: 'fees', from: '2024-04-15', to: '2024-04-19' }] }, '2024-04-17');
    expect(status).toMatchObject({ dueDate: '2024-05-07', tolledWorkingDays: 5, workingDaysElapsed: 9, workingDaysRemaining: 11, clockStopped: true });
  });

  it('makes the first working day after a Saturday receipt day one', () => {
    // Received Saturday 2024-04-13: Monday 15 is day 1 (the US rule would make it day 0). Apr 15-19 (5);
    // 22-26 (10); Apr 29-May 3 (15); May 6 skipped; 7-10 (19); Monday May 13 (20).
    const status = ukFoiDeadline({ receivedOn: '2024-04-13' }, '2024-04-13');
    expect([status.clockStartedOn, status.dueDate]).toEqual(['2024-04-13', '2024-05-13']);
  });

  it('skips Christmas and New Year substitute days', () => {
    // Received Thursday 2022-12-01. Dec 2 (1); 5-9 (6); 12-16 (11); 19-23 (16); Boxing Day 26 and the
    // Christmas substitute 27 skipped; 28-30 (19); New Year substitute Monday Jan 2 skipped; Tuesday Jan 3 (20).
    expect(ukFoiDeadline({ receivedOn: '2022-12-01' }, '2022-12-01').dueDate).toBe('2023-01-03');
  });

  it('adds a public interest extension', () => {
    // 20 more after Apr 29: Apr 30 (21); May 1-3 (24); May 6 skipped; 7-10 (28); 13-17 (33); 20-24 (38);
    // spring bank holiday Monday 27 skipped; 28 (39); Wednesday May 29 (40).
    const status = ukFoiDeadline({ receivedOn: '2024-03-28', publicInterestExtensionWorkingDays: 20 }, '2024-03-28');
    expect([status.dueDate, status.workingDaysAllowed]).toEqual(['2024-05-29', 40]);
  });

  it("takes other UK nations' bank holidays as extra closures, as s.10(6) requires", () => {
    // Received Monday 2024-03-04: Mar 5-8 (4); 11-15 (9); 18-22 (14); 25-28 (18); Easter skipped;
    // Apr 2 (19); Apr 3 (20). Closing also for Northern Ireland's St Patrick's Day (substitute Monday
    // 18 March) pushes it to Apr 4.
    expect(ukFoiDeadline({ receivedOn: '2024-03-04' }, '2024-03-04').dueDate).toBe('2024-04-03');
    const calendar = englandWalesWorkingCalendar({ extraClosures: ['2024-03-18'] });
    expect(ukFoiDeadline({ receivedOn: '2024-03-04' }, '2024-03-04', calendar).dueDate).toBe('2024-04-04');
  });

  it('restarts from the day further information arrives (s.1(3))', () => {
    // Received Monday 2024-06-03, clarified Friday 2024-06-07 (day 0): Jun 10-14 (5); 17-21 (10);
    // 24-28 (15); Jul 1-5 (20).
    const status = ukFoiDeadline({ receivedOn: '2024-06-03', perfectedOn: '2024-06-07' }, '2024-06-10');
    expect(status).toMatchObject({ clockStartedOn: '2024-06-07', dueDate: '2024-07-05', workingDaysElapsed: 1, workingDaysRemaining: 19 });
  });

  it('rejects what the Act does not allow, naming the problem', () => {
    expect(() => ukFoiDeadline({ receivedOn: '2024-03-28', tolling: [{ reason: 'information', from: '2024-04-02', to: '2024-04-03' }] }, '2024-04-10')).toThrow(
      /stops the clock only for a fees notice/,
    );
    expect(() => ukFoiDeadline({ receivedOn: '2024-03-28', publicInterestExtensionWorkingDays: -5 }, '2024-04-10')).toThrow(/not -5/);
    expect(() => ukFoiDeadline({ receivedOn: '28/03/2024' }, '2024-04-10')).toThrow("The received date '28/03/2024' is not a calendar date");
    expect(() => ukFoiDeadline({ receivedOn: '2024-03-28', perfectedOn: '2024-03-01' }, '2024-04-10')).toThrow(/before the received date/);
  });

  it('always falls due on a working day exactly 20 counted days after receipt', () => {
    const calendar = englandWalesWorkingCalendar();
    for (let day = toDayNumber('2012-01-01'); day <= toDayNumber('2027-12-01'); day += 3) {
      const status = ukFoiDeadline({ receivedOn: fromDayNumber(day) }, fromDayNumber(day), calendar);
      if (!calendar.isWorkingDay(status.dueDate) || workingDaysBetween(status.clockStartedOn, status.dueDate, calendar) !== 20) {
        throw new Error(`bad deadline for a request received on ${fromDayNumber(day)}: ${JSON.stringify(status)}`);
      }
    }
  });
});
