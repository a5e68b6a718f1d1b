/**
 * Worked examples of the 552(a)(6) clock. Each comment counts the working days by hand, so a wrong
 * expectation shows up as a wrong count in the comment, not only as a red test.
 */
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../../shared/deadlines/calendar-date.js';
import { usFoiaDeadline } from '../../../../shared/deadlines/us-foia-deadline.js';
import { usFederalWorkingCalendar } from '../../../../shared/deadlines/working-calendar.js';
import { workingDaysBetween } from '../../../../shared/deadlines/working-days.js';

describe('usFoiaDeadline', () => {
  it('counts 20 working days after receipt, skipping Thanksgiving and weekends', () => {
    // Received Thursday 2023-11-16 (day 0). Nov 17 (1); 20, 21, 22 (4); Thanksgiving 23 skipped;
    // 24 (5); 27-30 (9); Dec 1 (10); Dec 4-8 (15); Dec 11-14 (19); Friday Dec 15 (20).
    expect(usFoiaDeadline({ receivedOn: '2023-11-16' }, '2023-11-16')).toEqual({
      rule: 'us-foia',
      calendar: 'us-federal',
      clockStartedOn: '2023-11-16',
      dueDate: '2023-12-15',
      baseWorkingDays: 20,
      extensionWorkingDays: 0,
      workingDaysAllowed: 20,
      tolledWorkingDays: 0,
      asOf: '2023-11-16',
      workingDaysElapsed: 0,
      workingDaysRemaining: 20,
      overdue: false,
      clockStopped: false,
    });
  });

  it('reports where the clock stands on any day, negative once overdue', () => {
    const on = (asOf: string) => {
      const status = usFoiaDeadline({ receivedOn: '2023-11-16' }, asOf);
      return [status.workingDaysElapsed, status.workingDaysRemaining, status.overdue];
    };
    expect(on('2023-11-01')).toEqual([0, 20, false]); // before receipt: the clock has not started
    expect(on('2023-11-24')).toEqual([5, 15, false]); // 17, 20, 21, 22, 24
    expect(on('2023-12-15')).toEqual([20, 0, false]); // the due date is still in time
    expect(on('2023-12-16')).toEqual([20, 0, true]); // Saturday after: late, though no working day has passed
    expect(on('2023-12-18')).toEqual([21, -1, true]); // Monday after: one working day late
  });

  it('treats a request received on a Saturday as received on the Monday', () => {
    // Saturday 2024-03-09 -> day 0 is Monday 11 March. Mar 12-15 (4); 18-22 (9); 25-29 (14);
    // Apr 1-5 (19); Monday Apr 8 (20). Counting from the Saturday itself would have given Apr 5.
    const status = usFoiaDeadline({ receivedOn: '2024-03-09' }, '2024-03-09');
    expect([status.clockStartedOn, status.dueDate]).toEqual(['2024-03-11', '2024-04-08']);
  });

  it('treats a request received on a federal holiday as received on the next working day', () => {
    // Martin Luther King Jr. Day, Monday 2024-01-15 -> day 0 is Tuesday 16. Jan 17-19 (3); 22-26 (8);
    // Jan 29-Feb 2 (13); Feb 5-9 (18); Feb 12 (19); Tuesday Feb 13 (20).
    const status = usFoiaDeadline({ receivedOn: '2024-01-15' }, '2024-01-15');
    expect([status.clockStartedOn, status.dueDate]).toEqual(['2024-01-16', '2024-02-13']);
  });

  it('spans Christmas and New Year, including New Year observed on 31 December', () => {
    // Received Friday 2021-12-10. Dec 13-17 (5); 20-23 (9); Christmas observed Friday 24 skipped;
    // 27-30 (13); New Year's Day 2022 observed Friday 31 skipped; Jan 3-7 (18); 10 (19); Tuesday Jan 11 (20).
    expect(usFoiaDeadline({ receivedOn: '2021-12-10' }, '2021-12-10').dueDate).toBe('2022-01-11');
  });

  it('adds ten working days for unusual circumstances', () => {
    // From day 20 on Jan 11, 2022: Jan 12-14 (23); MLK Day Monday 17 skipped; 18-21 (27); 24-26 (30).
    const status = usFoiaDeadline({ receivedOn: '2021-12-10', unusualCircumstances: true }, '2021-12-10');
    expect([status.dueDate, status.workingDaysAllowed, status.extensionWorkingDays]).toEqual(['2022-01-26', 30, 10]);
  });

  it('skips executive-order closures when the calendar includes them', () => {
    // Received Monday 2024-12-16. Plain calendar: Dec 17-20 (4); 23, 24 (6); 26, 27 (8); 30, 31 (10);
    // Jan 2, 3 (12); 6-10 (17); 13-15 (20) -> Wednesday Jan 15.
    expect(usFoiaDeadline({ receivedOn: '2024-12-16' }, '2024-12-16').dueDate).toBe('2025-01-15');
    // Closed also on Christmas Eve 2024 and on 9 January 2025 (President Carter's day of mourning):
    // two working days fewer before the 15th, so the 20th is Friday Jan 17.
    const calendar = usFederalWorkingCalendar({ executiveOrderClosures: true });
    const status = usFoiaDeadline({ receivedOn: '2024-12-16' }, '2024-12-16', calendar);
    expect([status.dueDate, status.calendar]).toEqual(['2025-01-17', 'us-federal+executive-order-closures']);
  });

  it('stops the clock for a tolling period, counting only the working days it held', () => {
    // Received Monday 2023-03-06. Mar 7-10 (4); 13, 14 (6); tolled Wednesday 15 to Friday 24 (8 working
    // days not counted); 27-31 (11); Apr 3-7 (16); 10-13 (20) -> Thursday Apr 13, not Monday Apr 3.
    const status = usFoiaDeadline({ receivedOn: '2023-03-06', tolling: [{ reason: 'information', from: '2023-03-15', to: '2023-03-24' }] }, '2023-03-20');
    expect(status).toMatchObject({ dueDate: '2023-04-13', tolledWorkingDays: 8, workingDaysElapsed: 6, workingDaysRemaining: 14, clockStopped: true });
  });

  it('keeps an open tolling period running to the as-of date, and projects the due date from there', () => {
    const request = { receivedOn: '2023-03-06', tolling: [{ reason: 'information' as const, from: '2023-03-15' }] };
    // As of Monday Mar 20: 15, 16, 17, 20 tolled; 14 days left from Mar 21: 21-24 (4); 27-31 (9); Apr 3-7 (14).
    expect(usFoiaDeadline(request, '2023-03-20')).toMatchObject({ dueDate: '2023-04-07', tolledWorkingDays: 4, workingDaysRemaining: 14, clockStopped: true });
    // Two days later the projection moves two working days: Apr 11.
    expect(usFoiaDeadline(request, '2023-03-22')).toMatchObject({ dueDate: '2023-04-11', tolledWorkingDays: 6, clockStopped: true });
  });

  it('ignores tolling recorded after the deadline has passed: a clock that ran out cannot stop', () => {
    // Due Friday 2023-12-15; a fees question on Dec 18-20 changes nothing, and Dec 18-21 are 4 days late.
    const status = usFoiaDeadline({ receivedOn: '2023-11-16', tolling: [{ reason: 'fees', from: '2023-12-18', to: '2023-12-20' }] }, '2023-12-21');
    expect(status).toMatchObject({ dueDate: '2023-12-15', tolledWorkingDays: 0, workingDaysElapsed: 24, workingDaysRemaining: -4, overdue: true, clockStopped: false });
  });

  it('starts from the perfected date when the request needed clarification', () => {
    // Received 2023-03-06, perfected Tuesday 2023-03-21 (day 0). Mar 22-24 (3); 27-31 (8); Apr 3-7 (13);
    // 10-14 (18); 17 (19); Tuesday Apr 18 (20).
    const status = usFoiaDeadline({ receivedOn: '2023-03-06', perfectedOn: '2023-03-21' }, '2023-03-21');
    expect([status.clockStartedOn, status.dueDate]).toEqual(['2023-03-21', '2023-04-18']);
    // Perfected on a Sunday: day 0 is the Monday.
    expect(usFoiaDeadline({ receivedOn: '2023-03-06', perfectedOn: '2023-03-26' }, '2023-03-26').clockStartedOn).toBe('2023-03-27');
  });

  it('rejects inputs that cannot describe a real request, naming the bad value', () => {
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-31' }, '2023-12-01')).toThrow("The received date '2023-11-31' is not a calendar date");
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-16' }, '12/01/2023')).toThrow("The as-of date '12/01/2023' is not a calendar date");
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-16', perfectedOn: '2023-11-15' }, '2023-12-01')).toThrow(/before the received date/);
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-16', tolling: [{ reason: 'fees', from: '2023-11-20', to: '2023-11-19' }] }, '2023-12-01')).toThrow(/ends on 2023-11-19, before it starts/);
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-16', tolling: [{ reason: 'fees', from: '2023-11-20', to: '2023-11-31' }] }, '2023-12-01')).toThrow("The end of tolling period #1 '2023-11-31'");
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-16', tolling: [{ reason: 'fees', from: '2023-12-05' }] }, '2023-12-01')).toThrow(/starts on 2023-12-05, after the as-of date/);
    const twice = [
      { reason: 'information' as const, from: '2023-11-20', to: '2023-11-21' },
      { reason: 'information' as const, from: '2023-11-27', to: '2023-11-28' },
    ];
    expect(() => usFoiaDeadline({ receivedOn: '2023-11-16', tolling: twice }, '2023-12-01')).toThrow(/allows one request to the requester for information/);
  });

  it('always falls due on a working day exactly 20 counted days after the clock starts', () => {
    const calendar = usFederalWorkingCalendar();
    for (let day = toDayNumber('2015-01-01'); day <= toDayNumber('2030-12-01'); day += 3) {
      const status = usFoiaDeadline({ receivedOn: fromDayNumber(day) }, fromDayNumber(day), calendar);
      if (!calendar.isWorkingDay(status.dueDate) || workingDaysBetween(status.clockStartedOn, status.dueDate, calendar) !== 20 || !calendar.isWorkingDay(status.clockStartedOn)) {
        throw new Error(`bad deadline for a request received on ${fromDayNumber(day)}: ${JSON.stringify(status)}`);
      }
    }
  });
});
