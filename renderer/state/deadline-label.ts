/**
 * How the dashboard words a request's statutory clock: working days left, due today, overdue
 * by how many, or stopped. Pure, so the wording is tested without a DOM.
 */
import type { DeadlineStatus } from '../../shared/deadlines/statutory-deadline.js';

export type DeadlineTone = 'ok' | 'soon' | 'overdue' | 'stopped' | 'none';

/** Five working days or fewer left is "soon": a week to finish. */
const SOON_WORKING_DAYS = 5;

const days = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

export function deadlineLabel(deadline: DeadlineStatus | null): { text: string; tone: DeadlineTone } {
  if (deadline === null) {
    return { text: 'No clock (no received date)', tone: 'none' };
  }
  if (deadline.clockStopped) {
    return { text: `Clock stopped (tolled); due ${deadline.dueDate} if it restarts tomorrow`, tone: 'stopped' };
  }
  if (deadline.overdue) {
    const late = -deadline.workingDaysRemaining;
    return { text: late > 0 ? `Overdue by ${days(late)} (due ${deadline.dueDate})` : `Overdue (due ${deadline.dueDate})`, tone: 'overdue' };
  }
  if (deadline.workingDaysRemaining === 0) {
    return { text: `Due today (${deadline.dueDate})`, tone: 'soon' };
  }
  return {
    text: `${days(deadline.workingDaysRemaining)} left (due ${deadline.dueDate})`,
    tone: deadline.workingDaysRemaining <= SOON_WORKING_DAYS ? 'soon' : 'ok',
  };
}
