/**
 * The built packet: where it is, its size in pages, its Bates range and SHA-256 (to cite it and
 * check it later), and the index of records with each one's Bates range.
 */
import { CopyButton } from '../../components/copy-button.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function PacketResultView() {
  const { packet } = useWorkbench();
  const { result } = useStore(packet.store);
  if (result === null) {
    return null;
  }
  return (
    <section className="card" aria-labelledby="packet-result-title" data-testid="packet-result">
      <h2 id="packet-result-title" role="status">
        Packet built
      </h2>
      <dl className="result-fields">
        <dt>File</dt>
        <dd>
          <span className="path" data-testid="packet-path">
            {result.path}
          </span>{' '}
          <CopyButton value={result.path} label="packet path" />
        </dd>
        <dt>Pages</dt>
        <dd data-testid="packet-pages">{result.pageCount.toLocaleString('en-US')}</dd>
        <dt>Bates range</dt>
        <dd data-testid="packet-bates-range">
          {result.batesFirst} – {result.batesLast}
        </dd>
        <dt>Records</dt>
        <dd>{formatCount(result.recordCount, 'record')}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash" data-testid="packet-sha256">
            {result.sha256}
          </code>{' '}
          <CopyButton value={result.sha256} label="SHA-256" />
        </dd>
      </dl>
      <h3>Index</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="packet-index">
          <thead>
            <tr>
              <th scope="col">Bates</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((entry) => (
              <tr key={entry.recordId} data-testid="packet-entry" data-record-id={entry.recordId}>
                <td className="nowrap mono">
                  {entry.batesFirst === entry.batesLast ? entry.batesFirst : `${entry.batesFirst} – ${entry.batesLast}`}
                </td>
                <td>{entry.title || '(no subject)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
