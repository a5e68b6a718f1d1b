/**
 * The conversation-day around an open chat message: every message and system event of that
 * conversation on that day, in the export's order, the open one marked. Events are shown as
 * events (a deleted message, a timer turned on), never as if someone had typed them. Text is only
 * ever rendered as text.
 */
import type { ConversationDay, TranscriptLine } from '../../../shared/model/chat.js';
import { ErrorText } from '../../components/error-text.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { dayHeading, eventLabel, lineTime, platformLabel } from '../../state/transcript-view.js';

function Line({ line, current, onOpen }: { line: TranscriptLine; current: boolean; onOpen(recordId: string): void }) {
  return (
    <li
      className={`transcript-line${line.event ? ' transcript-event' : ''}${current ? ' transcript-current' : ''}`}
      aria-current={current ? 'true' : undefined}
      data-testid="transcript-line"
      data-record-id={line.recordId}
      data-event={line.event?.kind}
    >
      <button type="button" className="link-button transcript-time" onClick={() => onOpen(line.recordId)} title={`Open this message (${line.locator})`}>
        {lineTime(line.date)}
      </button>
      <span className="transcript-sender">{line.sender}</span>
      {line.event ? <span className="transcript-event-label">{eventLabel(line.event)}</span> : null}
      {line.text ? <span className="transcript-text">{line.text}</span> : null}
      {line.attachments.map((attachment) => (
        <button key={attachment.recordId} type="button" className="link-button transcript-attachment" onClick={() => onOpen(attachment.recordId)}>
          📎 {attachment.name}
        </button>
      ))}
    </li>
  );
}

/** Codes every message and event of the day at once: the conversation-day is a review unit. */
function DayCoding({ transcript }: { transcript: ConversationDay }) {
  const { review } = useWorkbench();
  const { saving, decisions } = useStore(review.store);
  const ids = transcript.lines.map((line) => line.recordId);
  const coded = ids.filter((id) => decisions[id] !== undefined).length;
  const code = (decision: 'release-in-full' | 'not-responsive') =>
    void review.actions.tagMany(ids, decision, `Coded with its conversation-day ${transcript.day || '(undated)'}`);
  return (
    <div className="transcript-day-coding" data-testid="day-coding">
      <span className="muted small" data-testid="day-coded-count">
        {coded} of {ids.length} coded for this request
      </span>
      <button type="button" disabled={saving !== null || ids.length === 0} onClick={() => code('release-in-full')} data-testid="day-responsive">
        Whole day: release in full
      </button>
      <button type="button" disabled={saving !== null || ids.length === 0} onClick={() => code('not-responsive')} data-testid="day-not-responsive">
        Whole day: not responsive
      </button>
    </div>
  );
}

function Heading({ transcript, onDay }: { transcript: ConversationDay; onDay(day: string): void }) {
  const { conversation } = transcript;
  return (
    <header className="transcript-heading">
      <h3 data-testid="transcript-title">
        {conversation.title || '(unnamed conversation)'} · {dayHeading(transcript.day)}
      </h3>
      <p className="muted small">
        {platformLabel(conversation.platform)} · {conversation.custodian} · <span className="path">{conversation.path}</span> ·{' '}
        {formatCount(transcript.lines.length, 'line')} this day, {formatCount(conversation.dayCount, 'day')} in all
      </p>
      <nav className="transcript-days" aria-label="Days of this conversation">
        <button type="button" disabled={transcript.previousDay === null} onClick={() => transcript.previousDay !== null && onDay(transcript.previousDay)} data-testid="transcript-previous">
          ‹ {transcript.previousDay ? dayHeading(transcript.previousDay) : 'Earlier'}
        </button>
        <button type="button" disabled={transcript.nextDay === null} onClick={() => transcript.nextDay !== null && onDay(transcript.nextDay)} data-testid="transcript-next">
          {transcript.nextDay ? dayHeading(transcript.nextDay) : 'Later'} ›
        </button>
      </nav>
      <DayCoding transcript={transcript} />
    </header>
  );
}

export function ChatTranscript({ openRecordId }: { openRecordId: string }) {
  const { transcript: model, review } = useWorkbench();
  const { transcript, loading, error } = useStore(model.store);
  if (transcript === null && !loading && error === null) {
    return null;
  }
  return (
    <section className="chat-transcript" aria-label="Conversation that day" aria-busy={loading} data-testid="chat-transcript" data-day={transcript?.day}>
      <ErrorText message={error} testId="transcript-error" />
      {transcript ? (
        <>
          <Heading transcript={transcript} onDay={(day) => void model.actions.showDay(day)} />
          <ol className="transcript-lines">
            {transcript.lines.map((line) => (
              <Line key={`${line.recordId} ${line.locator}`} line={line} current={line.recordId === openRecordId} onOpen={(recordId) => void review.actions.open(recordId)} />
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">Loading the conversation…</p>
      )}
    </section>
  );
}
