/** The report's table: one row per term with its four counts, then the total over all terms. */
import type { TermReport } from '../../../shared/model/search.js';
import { formatTimestamp } from '../../components/format.js';

const count = (value: number): string => value.toLocaleString('en-US');

export function TermReportTable({ report }: { report: TermReport }) {
  return (
    <div className="term-report-result">
      <p className="muted small" data-testid="term-report-summary">
        {count(report.recordsSearched)} records searched
        {report.within === '' ? ' (the whole case)' : ` within “${report.within}”`} · run {formatTimestamp(report.createdAt)}
      </p>
      <div className="table-scroll">
        <table className="data-table term-report-table" data-testid="term-report-table">
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col" className="num">
                Records hit
              </th>
              <th scope="col" className="num">
                Unique hits
              </th>
              <th scope="col" className="num">
                With families
              </th>
              <th scope="col" className="num">
                Unique with families
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row, index) => (
              <tr key={`${index}:${row.term}`} data-testid="term-row" data-term={row.term}>
                <td className="term-cell">{row.term}</td>
                <td className="num" data-testid="term-hits">
                  {count(row.hits)}
                </td>
                <td className="num" data-testid="term-unique-hits">
                  {count(row.uniqueHits)}
                </td>
                <td className="num" data-testid="term-hits-families">
                  {count(row.hitsWithFamilies)}
                </td>
                <td className="num" data-testid="term-unique-hits-families">
                  {count(row.uniqueHitsWithFamilies)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total-row" data-testid="term-total-row">
              <th scope="row">Total (any term)</th>
              <td className="num" data-testid="term-hits">
                {count(report.total.hits)}
              </td>
              <td className="num" />
              <td className="num" data-testid="term-hits-families">
                {count(report.total.hitsWithFamilies)}
              </td>
              <td className="num" />
            </tr>
          </tfoot>
        </table>
      </div>
      <details className="term-legend">
        <summary>How to read the columns</summary>
        <dl>
          <dt>Records hit</dt>
          <dd>Records the term matches (inside the “within” query, when one is given).</dd>
          <dt>Unique hits</dt>
          <dd>Records hit by this term and by no other term in the list: what leaving the term out would remove.</dd>
          <dt>With families</dt>
          <dd>Every record of a family (a message with its attachments) one of whose records the term hits.</dd>
          <dt>Unique with families</dt>
          <dd>Records of families that this term hits and no other term in the list does.</dd>
          <dt>Total</dt>
          <dd>Records hit by at least one term, each counted once.</dd>
        </dl>
      </details>
    </div>
  );
}
