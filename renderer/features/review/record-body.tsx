/**
 * The open record's body: its text, for an email with an HTML part a switch to that version,
 * and for a PDF or an image a switch to its pages as images. Text is the default and comes back with every
 * record opened, because search hits and redactions are places in the text; the HTML view is for
 * seeing the message as it was sent, the pages for seeing the document as it is laid out.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { OcrModel } from '../../state/ocr-model.js';
import type { PdfPagesModel } from '../../state/pdf-pages-model.js';
import { PdfPagesView } from './pdf-pages-view.js';
import { RecordHtmlView } from './record-html-view.js';

type BodyView = 'text' | 'html' | 'pages';

const VIEW_LABELS: Record<BodyView, string> = { text: 'Text', html: 'HTML', pages: 'Pages' };

export type RecordBodyProps = {
  /** `id`, `title` and `document` are needed for a PDF's pages only. */
  record: Pick<RecordDetail, 'body' | 'html'> & Partial<Pick<RecordDetail, 'id' | 'title' | 'document'>>;
  /** Replaces the plain text (the viewer passes the text with its redactions). */
  textView?: ReactNode;
  /** Where a PDF's page images come from; without it no Pages switch is offered. */
  pages?: PdfPagesModel;
  /** With it, a PDF's pages offer "Read this page again with OCR". */
  ocr?: OcrModel;
  /** The search the officer ran: its hits are marked on pages OCR read. */
  query?: string;
};

/**
 * How many pages to offer: a PDF's count; for an image (a scan, a fax TIFF), the pages OCR read,
 * else one until the backend draws it and says how many it has.
 */
export function pagesToShow(document: RecordDetail['document'] | undefined): number {
  if (document?.format === 'pdf') {
    return document.pageCount ?? 0;
  }
  if (document?.format === 'image') {
    return Math.max(1, document.pageCount ?? 0, ...(document.ocr?.pages.map((fact) => fact.page) ?? []));
  }
  return 0;
}

/** Give it `key={record.id}` so each record opens on its text. */
export function RecordBody({ record, textView, pages, ocr, query }: RecordBodyProps) {
  const [view, setView] = useState<BodyView>('text');
  const hasHtml = /\S/.test(record.html);
  const pageCount = pagesToShow(record.document);
  const hasPages = pages !== undefined && record.id !== undefined && pageCount > 0;
  const views: BodyView[] = ['text', ...(hasHtml ? ['html' as const] : []), ...(hasPages ? ['pages' as const] : [])];
  const shown: BodyView = views.includes(view) ? view : 'text';

  return (
    <section className="record-body-section" aria-label="Message body" data-testid="record-body-section" data-view={shown}>
      {views.length > 1 ? (
        <div className="actions record-body-switch" role="group" aria-label="Show the body as" data-testid="record-body-switch">
          {views.map((option) => (
            <button
              key={option}
              type="button"
              className="secondary"
              aria-pressed={shown === option}
              onClick={() => setView(option)}
              data-testid={`record-view-${option}`}
            >
              {VIEW_LABELS[option]}
            </button>
          ))}
        </div>
      ) : null}
      {shown === 'html' ? (
        <RecordHtmlView html={record.html} />
      ) : shown === 'pages' && pages !== undefined && record.id !== undefined ? (
        <PdfPagesView
          model={pages}
          recordId={record.id}
          title={record.title ?? ''}
          pageCount={pageCount}
          pagesNeedingOcr={record.document?.pagesNeedingOcr ?? []}
          {...(ocr === undefined ? {} : { ocr })}
          {...(query === undefined ? {} : { query })}
        />
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
