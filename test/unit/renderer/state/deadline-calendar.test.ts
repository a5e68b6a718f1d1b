import { describe, expect, it } from 'vitest';
import { usFoiaDeadline } from '../../../../shared/deadlines/us-foia-deadline.js';
import { deadlineCalendar } from '../../../../renderer/state/deadline-calendar.js';

describe('deadline calendar', () => {
  it('counts the 20 working days of a US request, naming Thanksgiving and marking weekends', () => {
    // Received Thursday 16 Nov 2023; due Friday 15 Dec 2023.
    const days = deadlineCalendar(usFoiaDeadline({ receivedOn: '2023-11-16' }, '2023-11-20'), 'us-foia', []);
    expect(days[0]).toMatchObject({ date: '2023-11-16', kind: 'start' });
    expect(days.find((day) => day.date === '2023-11-23')).toMatchObject({ kind: 'holiday', label: expect.stringMatching(/Thanksgiving/) });
    expect(days.find((day) => day.date === '2023-11-18')).toMatchObject({ kind: 'weekend', count: null });
    const last = days.at(-1);
    expect(last).toMatchObject({ date: '2023-12-15', kind: 'working', count: 20, due: true });
    expect(days.filter((day) => day.kind === 'working')).toHaveLength(20);
  });

  it('marks the days a tolling period stopped the clock, and the count goes on after it', () => {
    const tolling = [{ reason: 'information' as const, from: '2023-11-20', to: '2023-11-21' }];
    const days = deadlineCalendar(usFoiaDeadline({ receivedOn: '2023-11-16', tolling }, '2023-12-01'), 'us-foia', tolling);
    expect(days.filter((day) => day.kind === 'tolled').map((day) => day.date)).toEqual(['2023-11-20', '2023-11-21']);
    expect(days.filter((day) => day.kind === 'working')).toHaveLength(20);
    expect(days.at(-1)).toMatchObject({ date: '2023-12-19', due: true });
  });
});
