import { describe, expect, it } from 'vitest';
import { usFoiaDeadline } from '../../../../shared/deadlines/us-foia-deadline.js';
import { deadlineLabel } from '../../../../renderer/state/deadline-label.js';

describe('deadline label', () => {
  // Received Thursday 16 Nov 2023: 20 working days (Thanksgiving skipped) end on Friday 15 Dec.
  const clock = (asOf: string, tolling: Parameters<typeof usFoiaDeadline>[0]['tolling'] = []) => usFoiaDeadline({ receivedOn: '2023-11-16', tolling }, asOf);

  it('words each state of the clock', () => {
    expect(deadlineLabel(null)).toEqual({ text: 'No clock (no received date)', tone: 'none' });
    expect(deadlineLabel(clock('2023-11-20'))).toEqual({ text: '18 working days left (due 2023-12-15)', tone: 'ok' });
    expect(deadlineLabel(clock('2023-12-11'))).toEqual({ text: '4 working days left (due 2023-12-15)', tone: 'soon' });
    expect(deadlineLabel(clock('2023-12-15'))).toEqual({ text: 'Due today (2023-12-15)', tone: 'soon' });
    expect(deadlineLabel(clock('2023-12-16'))).toEqual({ text: 'Overdue (due 2023-12-15)', tone: 'overdue' });
    expect(deadlineLabel(clock('2023-12-19'))).toEqual({ text: 'Overdue by 2 working days (due 2023-12-15)', tone: 'overdue' });
    expect(deadlineLabel(clock('2023-11-21', [{ reason: 'information', from: '2023-11-20' }])).tone).toBe('stopped');
  });
});
