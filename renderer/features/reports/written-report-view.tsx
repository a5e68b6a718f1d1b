/** Where an exported report was written and its SHA-256, to cite it in a letter to the requester. */
import { CopyButton } from '../../components/copy-button.js';
import type { WrittenReport } from '../../../shared/model/search.js';

export function WrittenReportView({ written }: { written: WrittenReport & { format: 'csv' | 'pdf' } }) {
  return (
    <div className="notice written-report" role="status" data-testid="written-report" data-format={written.format}>
      <p className="written-title">{written.format === 'pdf' ? 'PDF written' : 'CSV written'}</p>
      <dl className="result-fields">
        <dt>File</dt>
        <dd>
          <span className="path" data-testid="written-path">
            {written.path}
          </span>{' '}
          <CopyButton value={written.path} label="report path" />
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash" data-testid="written-sha256">
            {written.sha256}
          </code>{' '}
          <CopyButton value={written.sha256} label="SHA-256" />
        </dd>
      </dl>
    </div>
  );
}
