/** The record's header fields and where its copies were found. */
import type { RecordDetail } from '../../../shared/model/record.js';
import { formatBytes, formatParticipant, formatParticipants, formatRecordDate, kindLabel } from '../../components/format.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

export function RecordHeader({ record }: { record: RecordDetail }) {
  const { sources } = useWorkbench();
  const { sources: list } = useStore(sources.store);
  const sourceOf = new Map(list.map((source) => [source.id, source]));
  const from = record.fromParticipant ? formatParticipant(record.fromParticipant) : record.from;

  return (
    <header className="record-header">
      <h2 id="record-subject" data-testid="record-subject">
        {record.title || '(no subject)'}
      </h2>
      <dl className="record-fields">
        <dt>From</dt>
        <dd data-testid="record-from">{from || '—'}</dd>
        {record.to.length > 0 ? (
          <>
            <dt>To</dt>
            <dd>{formatParticipants(record.to)}</dd>
          </>
        ) : null}
        {record.cc.length > 0 ? (
          <>
            <dt>Cc</dt>
            <dd>{formatParticipants(record.cc)}</dd>
          </>
        ) : null}
        {record.bcc.length > 0 ? (
          <>
            <dt>Bcc</dt>
            <dd>{formatParticipants(record.bcc)}</dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd title={record.dateRaw ? `As written: ${record.dateRaw}` : undefined}>{formatRecordDate(record.date)}</dd>
        <dt>Custodian</dt>
        <dd>{record.custodian}</dd>
        <dt>Kind</dt>
        <dd>
          {kindLabel(record.kind)} · {formatBytes(record.sizeBytes)}
        </dd>
        <dt>{record.locations.length === 1 ? 'Location' : `Locations (${record.locations.length})`}</dt>
        <dd>
          <ul className="locations" data-testid="record-locations">
            {record.locations.map((location) => {
              const source = sourceOf.get(location.sourceId);
              return (
                <li key={`${location.sourceId}:${location.path}:${location.locator}`} className="path">
                  {source ? <span className="muted">{source.custodian}: </span> : null}
                  {location.path}
                  {location.locator ? <span className="muted"> · {location.locator}</span> : null}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
    </header>
  );
}
