/**
 * What the detectors are told about this case: the agency's own mail domains (mail from any
 * other domain is a personal account, for 44 U.S.C. 2911) and the off-the-record lexicon, which
 * starts as the built-in list and can be edited entry by entry. Saved settings apply to the next
 * run of the detectors.
 */
import { useState } from 'react';
import { GAP_CAUSES, GAP_CAUSE_LABELS, GAP_CHANNELS, GAP_CHANNEL_LABELS } from '../../../shared/model/gap.js';
import type { GapSettingsView, OffRecordEntry } from '../../../shared/model/gap.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

const LEXICON_CHANNELS = [...GAP_CHANNELS, 'same'] as const;
const channelLabel = (channel: OffRecordEntry['channel']) => (channel === 'same' ? 'the same channel (destroyed)' : GAP_CHANNEL_LABELS[channel]);

function SettingsForm({ settings }: { settings: GapSettingsView }) {
  const { gaps } = useWorkbench();
  const { busy } = useStore(gaps.store);
  const [domains, setDomains] = useState(settings.officialDomains.join(', '));
  const [lexicon, setLexicon] = useState<OffRecordEntry[]>([...(settings.offRecordLexicon ?? settings.builtInLexicon)]);
  const [custom, setCustom] = useState(settings.offRecordLexicon !== null);
  const change = (index: number, patch: Partial<OffRecordEntry>) => {
    setCustom(true);
    setLexicon((current) => current.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)));
  };
  const save = () =>
    void gaps.actions.saveSettings({
      officialDomains: domains
        .split(/[\s,;]+/)
        .map((domain) => domain.trim())
        .filter((domain) => domain !== ''),
      offRecordLexicon: custom
        ? lexicon
            .filter((entry) => entry.pattern.trim().length >= 2 && entry.label.trim() !== '')
            .map(({ unless, ...entry }) => (unless === undefined ? entry : { ...entry, unless: [...unless] }))
        : null,
    });

  return (
    <div className="gap-settings-form">
      <div className="field">
        <label>
          The agency’s mail domains (separated by commas)
          <input value={domains} onChange={(event) => setDomains(event.target.value)} placeholder="agency.gov" data-testid="gap-official-domains" />
        </label>
      </div>
      <p className="muted small">
        Lexicon of moves off the record{custom ? ' (edited for this case)' : ' (built in)'}. A pattern is words separated by spaces; <code>a|b</code> gives alternatives
        within a word and a word ending in <code>*</code> matches any ending. Case is ignored and a match never starts or ends inside a word.
      </p>
      <table className="requests-table lexicon-table" data-testid="gap-lexicon">
        <thead>
          <tr>
            <th>Pattern</th>
            <th>Label</th>
            <th>Points to</th>
            <th>Cause</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lexicon.map((entry, index) => (
            <tr key={`${entry.id}-${index}`} data-testid="gap-lexicon-row">
              <td>
                <input value={entry.pattern} onChange={(event) => change(index, { pattern: event.target.value })} aria-label="Pattern" size={22} />
              </td>
              <td>
                <input value={entry.label} onChange={(event) => change(index, { label: event.target.value })} aria-label="Label" size={22} />
              </td>
              <td>
                <select value={entry.channel} onChange={(event) => change(index, { channel: event.target.value as OffRecordEntry['channel'] })} aria-label="Points to">
                  {LEXICON_CHANNELS.map((channel) => (
                    <option key={channel} value={channel}>
                      {channelLabel(channel)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select value={entry.cause} onChange={(event) => change(index, { cause: event.target.value as OffRecordEntry['cause'] })} aria-label="Cause">
                  {GAP_CAUSES.map((cause) => (
                    <option key={cause} value={cause}>
                      {GAP_CAUSE_LABELS[cause]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setCustom(true);
                    setLexicon((current) => current.filter((_, at) => at !== index));
                  }}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setCustom(true);
            setLexicon((current) => [...current, { id: `custom-${current.length + 1}`, pattern: '', channel: 'other', cause: 'not-retained', label: '' }]);
          }}
          data-testid="gap-lexicon-add"
        >
          Add a phrase
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setCustom(false);
            setLexicon([...settings.builtInLexicon]);
          }}
        >
          Use the built-in list
        </button>
        <button type="button" disabled={busy} onClick={save} data-testid="gap-settings-save">
          Save settings
        </button>
      </div>
    </div>
  );
}

export function GapSettingsPanel() {
  const { gaps } = useWorkbench();
  const { settings } = useStore(gaps.store);
  return (
    <details className="gap-settings" data-testid="gap-settings">
      <summary>Detector settings: official domains and the off-the-record lexicon</summary>
      {/* Keyed by the saved settings, so an undo elsewhere shows in the form. */}
      {settings !== null ? <SettingsForm key={JSON.stringify([settings.officialDomains, settings.offRecordLexicon])} settings={settings} /> : null}
    </details>
  );
}
