/**
 * One hit: subject (an attachment's file name), sender, date, every custodian holding a copy,
 * how many parts are attached, the coding for the selected request, the snippet.
 */
import type { Responsiveness } from '../../../shared/model/case.js';
import type { SearchHit } from '../../../shared/model/search.js';
import { custodiansText } from '../../state/record-view.js';
import { formatCount, formatRecordDate, kindLabel } from '../../components/format.js';
import { SnippetText } from './snippet-text.js';

export type ResultRowProps = {
  id: string;
  hit: SearchHit;
  selected: boolean;
  /** This record is the one in the viewer. */
  open: boolean;
  decision: Responsiveness | null;
  onClick(): void;
};

export function ResultRow({ id, hit, selected, open, decision, onClick }: ResultRowProps) {
  const classes = ['result-row', selected ? 'selected' : '', open ? 'open' : ''].filter(Boolean).join(' ');
  return (
    // The listbox owns keyboard handling (aria-activedescendant); rows are click targets only.
    <li id={id} role="option" aria-selected={selected} className={classes} onClick={onClick} data-testid="result-row" data-record-id={hit.id}>
      <div className="row-top">
        <span className="row-title">{hit.title || (hit.kind === 'attachment' ? '(unnamed attachment)' : '(no subject)')}</span>
        {decision ? (
          <span className={`badge ${decision === 'responsive' ? 'badge-responsive' : 'badge-not-responsive'}`} data-testid="result-decision">
            {decision === 'responsive' ? 'Responsive' : 'Not responsive'}
          </span>
        ) : null}
      </div>
      <div className="row-meta muted small">
        <span>{kindLabel(hit.kind)}</span>
        {/* An attachment has no sender of its own; "Unknown sender" would suggest a missing header. */}
        {hit.from || hit.kind !== 'attachment' ? <span>{hit.from || 'Unknown sender'}</span> : null}
        <span className="nowrap">{formatRecordDate(hit.date)}</span>
        <span data-testid="result-custodians">{custodiansText(hit)}</span>
        {hit.childCount > 0 ? <span>{formatCount(hit.childCount, 'attachment')}</span> : null}
      </div>
      {hit.snippet ? (
        <div className="row-snippet small">
          <SnippetText snippet={hit.snippet} />
        </div>
      ) : null}
    </li>
  );
}
