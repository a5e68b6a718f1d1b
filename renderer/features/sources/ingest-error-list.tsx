/**
 * Files and items a source's ingests could not read (errors: not indexed, or only partly) or read
 * with a caveat (warnings). The officer needs these to tell the requester what was not
 * searched, so each names the file, the place inside it (a PST folder and item, an mbox offset)
 * and the reason. Filterable by severity, because a large mailbox can have hundreds of warnings
 * around the few errors that matter.
 */
import { useId } from 'react';
import type { IngestError } from '../../../shared/model/case.js';
import { filterBySeverity, SEVERITY_FILTERS, severityCounts } from '../../state/ingest-report-view.js';
import type { SeverityFilter } from '../../state/ingest-report-view.js';
import { formatCount } from '../../components/format.js';

const FILTER_LABELS: Record<SeverityFilter, string> = { all: 'All problems', error: 'Errors only', warning: 'Warnings only' };

function isSeverityFilter(value: string): value is SeverityFilter {
  return (SEVERITY_FILTERS as readonly string[]).includes(value);
}

export type IngestErrorListProps = {
  errors: readonly IngestError[];
  severity: SeverityFilter;
  onSeverityChange(filter: SeverityFilter): void;
  loading: boolean;
};

export function IngestErrorList({ errors, severity, onSeverityChange, loading }: IngestErrorListProps) {
  const filterId = useId();
  const titleId = useId();
  const counts = severityCounts(errors);
  const shown = filterBySeverity(errors, severity);
  const countOf = (filter: SeverityFilter) => (filter === 'all' ? errors.length : counts[filter]);

  return (
    <section className="ingest-problems" aria-labelledby={titleId} data-testid="ingest-problems">
      <div className="section-head">
        <h3 id={titleId}>
          Problems while reading{' '}
          <span className="muted small">
            {formatCount(counts.error, 'error')} (not indexed) · {formatCount(counts.warning, 'warning')} (indexed with a caveat)
          </span>
        </h3>
        {errors.length > 0 ? (
          <div className="field inline-field">
            <label htmlFor={filterId}>Show</label>
            <select
              id={filterId}
              value={severity}
              onChange={(event) => {
                if (isSeverityFilter(event.target.value)) {
                  onSeverityChange(event.target.value);
                }
              }}
              data-testid="severity-filter"
            >
              {SEVERITY_FILTERS.map((filter) => (
                <option key={filter} value={filter}>
                  {FILTER_LABELS[filter]} ({countOf(filter).toLocaleString('en-US')})
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {errors.length === 0 ? (
        <p className="muted" data-testid="no-ingest-problems">
          {loading ? 'Loading…' : 'No problems recorded for this source.'}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="ingest-error-table">
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">File</th>
                <th scope="col">Where in the file</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((error, index) => (
                <tr key={`${error.path}:${error.locator}:${index}`} data-testid="ingest-error-row" data-severity={error.severity}>
                  <td data-testid="ingest-error-severity">
                    <span className={`badge ${error.severity === 'error' ? 'badge-error' : 'badge-warning'}`}>{error.severity === 'error' ? 'Error' : 'Warning'}</span>
                  </td>
                  <td className="path" data-testid="ingest-error-path">
                    {error.path}
                  </td>
                  <td className="path" data-testid="ingest-error-locator">
                    {error.locator || <span className="muted">whole file</span>}
                  </td>
                  <td data-testid="ingest-error-message">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
