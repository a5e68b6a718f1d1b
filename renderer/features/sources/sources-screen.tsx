/** Sources: add a folder of collected records, watch it ingest, and see what the case holds. */
import { AddSourceForm } from './add-source-form.js';
import { IngestErrorList } from './ingest-error-list.js';
import { IngestOutcomeNotice } from './ingest-outcome-notice.js';
import { IngestProgressPanel } from './ingest-progress-panel.js';
import { SourceTable } from './source-table.js';

export function SourcesScreen() {
  return (
    <div className="screen sources-screen" data-testid="sources-screen">
      <section className="card" aria-labelledby="add-source-title">
        <h2 id="add-source-title">Add a source</h2>
        <AddSourceForm />
        <IngestProgressPanel />
        <IngestOutcomeNotice />
      </section>
      <SourceTable />
      <IngestErrorList />
    </div>
  );
}
