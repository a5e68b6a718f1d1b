/**
 * The open record: coding controls first (they are what the officer acts on), then the header
 * fields, then the body as plain pre-wrapped text (an email's HTML version on request, sanitised
 * in a sandboxed frame), the redaction tools, and for a chat message its conversation that day.
 * Record text is only ever rendered as text; the subject, From, To, Cc and body are redactable.
 */
import { ErrorText } from '../../components/error-text.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { ChatTranscript } from './chat-transcript.js';
import { CodingPanel } from './coding-panel.js';
import { RecordBody } from './record-body.js';
import { RecordHeader } from './record-header.js';
import { RedactableText } from './redactable-text.js';
import { RedactionTools } from './redaction-tools.js';
import { ReviewQueueBar } from './review-queue-bar.js';

export function RecordViewer() {
  const { review, pdfPages, ocr, search } = useWorkbench();
  const { record, loading, error, recordId } = useStore(review.store);
  const { query } = useStore(search.store);

  if (record === null) {
    return (
      <section className="record-viewer empty-viewer" aria-label="Record" data-testid="record-viewer" data-state={loading ? 'loading' : 'empty'}>
        {loading ? <p className="muted">Loading record…</p> : null}
        <ErrorText message={error} testId="record-error" />
        {!loading && error === null ? <p className="muted">Choose a record from the results (Enter or click) to read and code it.</p> : null}
      </section>
    );
  }

  return (
    <article
      className="record-viewer"
      aria-labelledby="record-subject"
      aria-busy={loading}
      data-testid="record-viewer"
      data-record-id={record.id}
      data-state={loading && recordId !== record.id ? 'loading' : 'ready'}
    >
      <ReviewQueueBar />
      <ErrorText message={error} testId="record-error" />
      <CodingPanel record={record} />
      <RecordHeader record={record} />
      <RecordBody
        key={record.id}
        record={record}
        pages={pdfPages}
        ocr={ocr}
        query={query}
        textView={<RedactableText field="body" text={record.body} as="pre" className="record-body" testId="record-body" empty="(no text)" />}
      />
      <RedactionTools record={record} />
      {record.chat !== null ? <ChatTranscript openRecordId={record.id} /> : null}
    </article>
  );
}
