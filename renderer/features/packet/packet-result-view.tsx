/**
 * The built packet: its folder and files with their SHA-256 (to cite it and check it later), the
 * manifest, what the read-back checks covered, characters no font could draw, records drawn from
 * their text, the index of records with each one's Bates range, and a page preview.
 */
import { CopyButton } from '../../components/copy-button.js';
import { formatCount } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { PacketPagePreview } from './packet-page-preview.js';

export function PacketResultView() {
  const { packet } = useWorkbench();
  const { result, showMessage } = useStore(packet.store);
  if (result === null) {
    return null;
  }
  return (
    <section className="card" aria-labelledby="packet-result-title" data-testid="packet-result">
      <h2 id="packet-result-title" role="status">
        Packet built and checked
      </h2>
      <p className="small" data-testid="packet-checks">
        Read back page by page ({result.verification.pagesRead.toLocaleString('en-US')} pages in {(result.verification.milliseconds / 1000).toFixed(1)} s): no redacted or withheld
        text can be read, the Bates numbers run without a gap, and every record coded for release, withholding or referral is accounted for.
      </p>
      <dl className="result-fields">
        <dt>Folder</dt>
        <dd>
          <span className="path" data-testid="packet-folder">
            {result.folder}
          </span>{' '}
          <CopyButton value={result.folder} label="folder path" />{' '}
          <button type="button" className="secondary" onClick={() => void packet.actions.showInFolder(result.path)} data-testid="packet-show-in-folder">
            Show in folder
          </button>
          {showMessage !== null ? (
            <span className="muted small" data-testid="packet-show-message">
              {' '}
              {showMessage}
            </span>
          ) : null}
        </dd>
        <dt>Packet</dt>
        <dd className="path" data-testid="packet-path">
          {result.path}
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
        <dt>Manifest</dt>
        <dd className="path" data-testid="packet-manifest">
          {result.manifestPath}
        </dd>
      </dl>
      {result.uncovered.length > 0 ? (
        <p className="warn-text" data-testid="packet-uncovered">
          {result.uncovered.length} character(s) no packet font can draw are printed as boxes:{' '}
          {result.uncovered.map((char) => `U+${char.codePoint.toString(16).toUpperCase().padStart(4, '0')}${char.recordId ? ` (${char.recordId})` : ''}`).join(', ')}
        </p>
      ) : null}
      {result.drawnFromText.length > 0 ? (
        <p className="warn-text" data-testid="packet-drawn-from-text">
          {result.drawnFromText.length} PDF(s) were drawn from their text instead of their page images (the source could not be read back, its filled-in form fields cannot be shown on its pages, or a redaction on a scan lies where OCR found no word): {result.drawnFromText.join(', ')}
        </p>
      ) : null}
      <details>
        <summary>Files ({result.files.length})</summary>
        <ul className="packet-files" data-testid="packet-files">
          {result.files.map((file) => (
            <li key={file.name}>
              <span className="mono">{file.name}</span> <span className="muted small">{file.role}</span> <code className="hash small">{file.sha256.slice(0, 16)}…</code>
            </li>
          ))}
        </ul>
      </details>
      <PacketPagePreview />
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
                <td className="nowrap mono">{entry.batesFirst === entry.batesLast ? entry.batesFirst : `${entry.batesFirst} – ${entry.batesLast}`}</td>
                <td>{entry.title || '(no subject)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
