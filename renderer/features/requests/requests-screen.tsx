/**
 * Requests: the dashboard of every request with its deadline and progress, the selected
 * request's batches and QC, and intake.
 */
import { BatchesPanel } from './batches-panel.js';
import { DeadlineCalendarView } from './deadline-calendar-view.js';
import { IntakeForm } from './intake-form.js';
import { RequestsTable } from './requests-table.js';
import './requests.css';

export function RequestsScreen() {
  return (
    <div className="screen requests-screen" data-testid="requests-screen">
      <section aria-label="Requests">
        <h2>Requests</h2>
        <RequestsTable />
      </section>
      <DeadlineCalendarView />
      <BatchesPanel />
      <IntakeForm />
    </div>
  );
}
