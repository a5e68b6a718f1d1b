/**
 * How chat exports in a source are read: the time zone their clocks were in (WhatsApp writes
 * none), the day/month order when the dates cannot tell, and a column mapping for exports no
 * built-in reader knows. Folded away by default: mail and documents need none of it.
 */
import { useId } from 'react';
import { DATE_ORDERS } from '../../../shared/model/case.js';
import type { DateOrderChoice } from '../../../shared/model/case.js';
import type { ChatOptions } from './chat-options-draft.js';

const ORDER_WORDS: Record<DateOrderChoice, string> = {
  auto: 'From the dates (warns when they cannot tell)',
  dmy: 'Day first (31/12/2021)',
  mdy: 'Month first (12/31/2021)',
};

function isOrder(value: string): value is DateOrderChoice {
  return (DATE_ORDERS as readonly string[]).includes(value);
}

/** The zones this browser knows, for the suggestions list; empty where Intl cannot list them. */
function knownZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
}

/** `stored`: the values are those the source at the form's path was read with, said in the summary. */
export function ChatOptionsFields({ value, onChange, disabled, stored }: { value: ChatOptions; onChange(next: ChatOptions): void; disabled: boolean; stored: boolean }) {
  const id = useId();
  return (
    <details className="chat-options" data-testid="chat-options" data-stored={stored ? 'true' : 'false'}>
      <summary>
        Chat exports: time zone {value.timeZone}, date order {value.dateOrder === 'auto' ? 'from the data' : value.dateOrder}
        {value.chatMapping.trim() === '' ? '' : ', column mapping'}
        {stored ? ' (as this source was read; a change re-reads it)' : ''}
      </summary>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={`${id}-zone`}>Time zone of the phone or export</label>
          <input
            id={`${id}-zone`}
            list={`${id}-zones`}
            value={value.timeZone}
            onChange={(event) => onChange({ ...value, timeZone: event.target.value })}
            disabled={disabled}
            autoComplete="off"
            data-testid="time-zone-input"
          />
          <datalist id={`${id}-zones`}>
            {knownZones().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <span className="hint">WhatsApp exports carry no zone: their times are read in this one. Exports with exact instants (Slack, SMS) are shown in it.</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-order`}>Date order</label>
          <select
            id={`${id}-order`}
            value={value.dateOrder}
            onChange={(event) => isOrder(event.target.value) && onChange({ ...value, dateOrder: event.target.value })}
            disabled={disabled}
            data-testid="date-order-select"
          >
            {DATE_ORDERS.map((order) => (
              <option key={order} value={order}>
                {ORDER_WORDS[order]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-mapping`}>Column mapping for other chat exports (JSON, optional)</label>
        <textarea
          id={`${id}-mapping`}
          rows={4}
          value={value.chatMapping}
          onChange={(event) => onChange({ ...value, chatMapping: event.target.value })}
          disabled={disabled}
          spellCheck={false}
          data-testid="chat-mapping-input"
        />
        <span className="hint">Names which CSV column or JSON field holds the sender, time and text; see “Reading any chat export” in the README.</span>
      </div>
    </details>
  );
}
