/**
 * The record's header fields, its place in a thread and a family, and every place its copies
 * were found. The HTML alternative of an email is untrusted and is never rendered here; the
 * header only says that one exists, and the body below offers it sanitised, in a sandboxed frame.
 */
import type { RecordDetail } from '../../../shared/model/record.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import { custodiansText, documentLines, locationsHeading, threadNote } from '../../state/record-view.js';
import { eventLabel, platformLabel } from '../../state/transcript-view.js';
import { formatBytes, formatParticipant, formatParticipants, formatRecordDate, kindLabel } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { RedactableText } from './redactable-text.js';
import { RecordFamilyFields } from './record-family-fields.js';
import { RecordLocations } from './record-locations.js';

export function RecordHeader({ record }: { record: RecordDetail }) {
  const { review } = useWorkbench();
  const { family } = useStore(review.store);
  // The From line as stored is what redactions anchor to and packets print; the parsed
  // participant is only a fallback for display when the raw line is empty.
  const fromFallback = record.fromParticipant ? formatParticipant(record.fromParticipant) : '';
  const thread = threadNote(record);
  const kindFacts = [kindLabel(record.kind), record.mimeType, formatBytes(record.sizeBytes), /\S/.test(record.html) ? 'HTML version available' : ''];

  return (
    <header className="record-header">
      <h2 id="record-subject" data-testid="record-subject">
        <RedactableText field="subject" text={record.title} empty="(no subject)" />
      </h2>
      <dl className="record-fields">
        {record.kind === 'email' || record.kind === 'chat-message' || record.from || fromFallback ? (
          <>
            <dt>From</dt>
            <dd data-testid="record-from">{record.from ? <RedactableText field="from" text={record.from} /> : fromFallback || '—'}</dd>
          </>
        ) : null}
        {record.to.length > 0 ? (
          <>
            <dt>To</dt>
            <dd>
              <RedactableText field="to" text={redactableText(record, 'to')} testId="record-to" />
            </dd>
          </>
        ) : null}
        {record.cc.length > 0 ? (
          <>
            <dt>Cc</dt>
            <dd>
              <RedactableText field="cc" text={redactableText(record, 'cc')} testId="record-cc" />
            </dd>
          </>
        ) : null}
        {record.bcc.length > 0 ? (
          <>
            <dt>Bcc</dt>
            <dd>{formatParticipants(record.bcc)}</dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd title={record.dateRaw ? `As written: ${record.dateRaw}` : undefined}>{formatRecordDate(record.date)}</dd>
        <dt>{record.custodians.length > 1 ? 'Custodians' : 'Custodian'}</dt>
        <dd data-testid="record-custodians">{custodiansText(record)}</dd>
        {record.filename ? (
          <>
            <dt>File name</dt>
            <dd className="path" data-testid="record-filename">
              {record.filename}
            </dd>
          </>
        ) : null}
        <dt>Kind</dt>
        <dd data-testid="record-kind">{kindFacts.filter(Boolean).join(' · ')}</dd>
        {record.chat ? (
          <>
            <dt>Conversation</dt>
            <dd data-testid="record-conversation">
              {record.chat.conversationTitle || '(unnamed)'} · {platformLabel(record.chat.platform)}
            </dd>
            {record.chat.event ? (
              <>
                <dt>Event</dt>
                <dd data-testid="record-event" data-event={record.chat.event.kind}>
                  {eventLabel(record.chat.event)}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
        {record.document
          ? documentLines(record.document).map((line) => (
              <div key={line.label} className="field-pair" data-testid="record-document-fact" data-label={line.label}>
                <dt>{line.label}</dt>
                <dd className={line.warn ? 'warn-text' : undefined}>{line.value}</dd>
              </div>
            ))
          : null}
        {thread ? (
          <>
            <dt>Thread</dt>
            <dd className={record.threadParent === 'missing' ? 'thread-missing' : undefined} data-testid="record-thread" data-thread-parent={record.threadParent}>
              {thread}
            </dd>
          </>
        ) : null}
        <RecordFamilyFields record={record} family={family} onOpen={(recordId) => void review.actions.open(recordId)} />
        <dt>{locationsHeading(record.locations.length)}</dt>
        <dd>
          <RecordLocations locations={record.locations} />
        </dd>
      </dl>
    </header>
  );
}
