/**
 * One row of the result list: subject (an attachment's file name), kind, sender, date, every
 * custodian holding a copy, attachments, how many records of its family the query hit when
 * families are grouped, the coding for the selected request, an "OCR" mark when some of its text
 * was read from page images, and the snippet with its hits marked. A row whose page is not read yet is a placeholder of the same place and size.
 */
import type { Ref } from 'react';
import { DECISION_LABELS, isResponsiveDecision } from '../../../shared/model/review.js';
import type { Decision } from '../../../shared/model/review.js';
import type { SearchHit } from '../../../shared/model/search.js';
import { custodiansText } from '../../state/record-view.js';
import { formatCount, formatRecordDate, kindLabel } from '../../components/format.js';
import { SnippetText } from './snippet-text.js';

/** Where a virtual row sits: its index in the result set, the set's size, its offset, and the measuring ref. */
export type RowPlace = {
  id: string;
  index: number;
  setSize: number;
  top: number;
  measureRef: Ref<HTMLDivElement>;
};

export type ResultRowProps = RowPlace & {
  hit: SearchHit;
  selected: boolean;
  /** This record is the one in the viewer. */
  open: boolean;
  decision: Decision | null;
  /** Families are grouped: say how many of this family's records the query hit. */
  grouped: boolean;
  onClick(): void;
};

export function ResultRow({ id, index, setSize, top, measureRef, hit, selected, open, decision, grouped, onClick }: ResultRowProps) {
  const classes = ['result-row', selected ? 'selected' : '', open ? 'open' : ''].filter(Boolean).join(' ');
  return (
    // The listbox owns keyboard handling (aria-activedescendant); rows are click targets only.
    <div
      ref={measureRef}
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={classes}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
      data-index={index}
      data-testid="result-row"
      data-record-id={hit.id}
    >
      <div className="row-top">
        <span className="row-title">{hit.title || (hit.kind === 'attachment' ? '(unnamed attachment)' : '(no subject)')}</span>
        {hit.ocr ? (
          <span className="badge badge-ocr" data-testid="result-ocr" title="Some of this record's text was read by OCR from page images: words may be misread">
            OCR
          </span>
        ) : null}
        {decision ? (
          <span className={`badge ${isResponsiveDecision(decision) ? 'badge-responsive' : 'badge-not-responsive'}`} data-testid="result-decision" data-decision={decision}>
            {DECISION_LABELS[decision]}
          </span>
        ) : null}
      </div>
      <div className="row-meta muted small">
        <span data-testid="result-kind">{kindLabel(hit.kind)}</span>
        {/* An attachment has no sender of its own; "Unknown sender" would suggest a missing header. */}
        {hit.from || hit.kind !== 'attachment' ? <span className="row-from">{hit.from || 'Unknown sender'}</span> : null}
        <span className="nowrap">{formatRecordDate(hit.date)}</span>
        <span data-testid="result-custodians">{custodiansText(hit)}</span>
        {hit.childCount > 0 ? <span>{formatCount(hit.childCount, 'attachment')}</span> : null}
        {grouped && hit.familyHits > 1 ? (
          <span className="family-hits" data-testid="result-family-hits" title="Records of this family (the message and its attachments) that the query hit">
            {hit.familyHits.toLocaleString('en-US')} in family
          </span>
        ) : null}
      </div>
      {hit.snippet ? (
        <div className="row-snippet small">
          <SnippetText snippet={hit.snippet} />
        </div>
      ) : null}
    </div>
  );
}

/** A row whose page is being read: it keeps the row's place so the scrollbar does not jump. */
export function PlaceholderRow({ id, index, setSize, top, measureRef, selected }: RowPlace & { selected: boolean }) {
  return (
    <div
      ref={measureRef}
      id={id}
      role="option"
      aria-selected={selected}
      aria-busy="true"
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={selected ? 'result-row placeholder selected' : 'result-row placeholder'}
      style={{ transform: `translateY(${top}px)` }}
      data-index={index}
      data-testid="result-placeholder"
    >
      <span className="visually-hidden">Loading result {(index + 1).toLocaleString('en-US')}</span>
      <span className="placeholder-bar wide" aria-hidden="true" />
      <span className="placeholder-bar" aria-hidden="true" />
    </div>
  );
}
