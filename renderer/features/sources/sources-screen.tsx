/**
 * Sources: add a folder or mailbox file, watch it ingest, see what the case holds, and read the
 * report of any source's runs (it opens by itself when an ingest ends), and read scanned pages
 * with OCR.
 */
import { useState } from 'react';
import { useWorkbench } from '../../components/workbench-context.js';
import { AddSourceForm } from './add-source-form.js';
import { IngestOutcomeNotice } from './ingest-outcome-notice.js';
import { IngestProgressPanel } from './ingest-progress-panel.js';
import { IngestReportPanel } from './ingest-report-panel.js';
import { OcrPanel } from './ocr-panel.js';
import { SourceTable } from './source-table.js';
import './sources.css';

export function SourcesScreen() {
  const { ingestReport } = useWorkbench();
  // Bumped when the officer opens a report from the table, so focus follows that request only.
  const [reportFocus, setReportFocus] = useState(0);

  const openReport = (sourceId: string) => {
    void ingestReport.actions.open(sourceId);
    setReportFocus((token) => token + 1);
  };

  return (
    <div className="screen sources-screen" data-testid="sources-screen">
      <section className="card" aria-labelledby="add-source-title">
        <h2 id="add-source-title">Add a source</h2>
        <AddSourceForm />
        <IngestProgressPanel />
        <IngestOutcomeNotice />
      </section>
      <SourceTable onOpenReport={openReport} />
      <OcrPanel />
      <IngestReportPanel focusToken={reportFocus} />
    </div>
  );
}
