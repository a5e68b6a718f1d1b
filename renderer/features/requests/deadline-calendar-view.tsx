/**
 * The selected request's clock as a calendar: every day from receipt to the due date, working
 * days numbered, weekends, holidays (named) and tolled days marked, the due date outlined.
 */
import { deadlineCalendar } from '../../state/deadline-calendar.js';
import { selectedRequest } from '../../state/requests-model.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function DeadlineCalendarView() {
  const { requests } = useWorkbench();
  const request = selectedRequest(useStore(requests.store));
  if (request === null || request.deadline === null) {
    return null;
  }
  const days = deadlineCalendar(request.deadline, request.regime, request.tolling);
  const first = days[0]?.date ?? request.deadline.clockStartedOn;
  // Blank cells before day 0, so columns line up with the weekdays.
  const offset = new Date(`${first}T00:00:00Z`).getUTCDay();
  return (
    <section className="deadline-calendar" aria-label="Deadline calendar" data-testid="deadline-calendar">
      <h2>
        Clock for “{request.title}”: due {request.deadline.dueDate} ({request.deadline.workingDaysAllowed} working days
        {request.deadline.extensionWorkingDays > 0 ? `, ${request.deadline.extensionWorkingDays} of them by extension` : ''})
      </h2>
      <div className="calendar-grid" role="list">
        {WEEKDAYS.map((day) => (
          <div key={day} className="calendar-head" aria-hidden="true">
            {day}
          </div>
        ))}
        {Array.from({ length: offset }, (_, index) => (
          <div key={`blank-${index}`} className="calendar-blank" aria-hidden="true" />
        ))}
        {days.map((day) => (
          <div
            key={day.date}
            role="listitem"
            className={`calendar-day day-${day.kind}${day.due ? ' day-due' : ''}`}
            title={day.label ?? undefined}
            data-testid="calendar-day"
            data-date={day.date}
            data-kind={day.kind}
          >
            <span className="calendar-date">{day.date.slice(5)}</span>
            <span className="calendar-count">{day.count ?? (day.kind === 'start' ? '0' : '')}</span>
            {day.label ? <span className="calendar-label">{day.label}</span> : null}
          </div>
        ))}
      </div>
    </section>
  );
}
