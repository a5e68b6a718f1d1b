/**
 * The open record's body: its text, and for an email with an HTML part a switch to that version.
 * Text is the default and comes back with every record opened, because search hits and
 * redactions are places in the text; the HTML view is for seeing the message as it was sent.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordDetail } from '../../../shared/model/record.js';
import { RecordHtmlView } from './record-html-view.js';

type BodyView = 'text' | 'html';

/**
 * Give it `key={record.id}` so each record opens on its text. `textView` replaces the plain text
 * (the viewer passes the text with its redactions); without it the text is shown as it is.
 */
export function RecordBody({ record, textView }: { record: Pick<RecordDetail, 'body' | 'html'>; textView?: ReactNode }) {
  const [view, setView] = useState<BodyView>('text');
  const hasHtml = /\S/.test(record.html);
  const shown: BodyView = hasHtml ? view : 'text';

  return (
    <section className="record-body-section" aria-label="Message body" data-testid="record-body-section" data-view={shown}>
      {hasHtml ? (
        <div className="actions record-body-switch" role="group" aria-label="Show the body as" data-testid="record-body-switch">
          {(['text', 'html'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="secondary"
              aria-pressed={shown === option}
              onClick={() => setView(option)}
              data-testid={`record-view-${option}`}
            >
              {option === 'text' ? 'Text' : 'HTML'}
            </button>
          ))}
        </div>
      ) : null}
      {shown === 'html' ? (
        <RecordHtmlView html={record.html} />
      ) : (
        (textView ?? (
          <pre className="record-body" data-testid="record-body">
            {record.body.length > 0 ? record.body : '(no text)'}
          </pre>
        ))
      )}
    </section>
  );
}
