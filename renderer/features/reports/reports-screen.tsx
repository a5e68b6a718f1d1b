/**
 * Reports: the search-term report (per term, how many records it reaches, alone and with
 * families, for narrowing a request with the requester) and the selected request's saved
 * searches with the history of their counts.
 */
import { SavedSearchesPanel } from './saved-searches-panel.js';
import { TermReportPanel } from './term-report-panel.js';
import './reports.css';

export function ReportsScreen() {
  return (
    <div className="screen reports-screen" data-testid="reports-screen">
      <TermReportPanel />
      <SavedSearchesPanel />
    </div>
  );
}
