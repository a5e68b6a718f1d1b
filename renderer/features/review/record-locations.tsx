/**
 * Every place a copy of the record was found: custodian, mail folder, file, the place inside
 * the file, and the labels the mailbox gave it. Copies are one record (reviewed once), but where
 * each was kept is evidence, so none is hidden.
 */
import type { RecordLocation } from '../../../shared/model/record.js';
import { locationOwner } from '../../state/record-view.js';

export function RecordLocations({ locations }: { locations: readonly RecordLocation[] }) {
  return (
    <ul className="locations" data-testid="record-locations">
      {locations.map((location, index) => (
        <li key={`${location.sourceId}:${location.path}:${location.locator}:${index}`} className="location" data-testid="record-location">
          <span className="location-owner">{locationOwner(location)}</span>
          {location.labels.length > 0 ? (
            <span className="location-labels" aria-label={`Labels: ${location.labels.join(', ')}`}>
              {location.labels.map((label) => (
                <span key={label} className="badge label-badge">
                  {label}
                </span>
              ))}
            </span>
          ) : null}
          <span className="path location-path">
            {location.path}
            {location.locator ? <span className="muted"> · {location.locator}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
