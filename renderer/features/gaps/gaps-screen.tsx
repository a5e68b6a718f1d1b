/**
 * The gap register: what is missing, why, and the proof. The register and the editor on top,
 * the timeline of each custodian's daily volume per channel with the gaps shaded, the
 * detectors' proposals to accept or reject, the detectors' settings, and the 36 CFR 1230.14
 * report. Records open in Search & review.
 */
import { useEffect } from 'react';
import type { GapChannel } from '../../../shared/model/gap.js';
import { quoteValue } from '../../state/search-model.js';
import { ErrorText } from '../../components/error-text.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { GapForm } from './gap-form.js';
import { GapProposalsPanel } from './gap-proposals-panel.js';
import { GapRegisterTable } from './gap-register-table.js';
import { GapReportPanel } from './gap-report-panel.js';
import { GapSettingsPanel } from './gap-settings-panel.js';
import { GapTimelineChart } from './timeline/gap-timeline-chart.js';
import './gaps.css';

export function GapsScreen() {
  const { gaps, search, session, review } = useWorkbench();
  const state = useStore(gaps.store);
  const selectedGap = state.selected === null || state.selected === 'new' ? null : (state.gaps.find((gap) => gap.id === state.selected) ?? null);

  useEffect(() => {
    void gaps.actions.load();
  }, [gaps]);

  const showInSearch = (query: string) => {
    session.actions.setView('review');
    void search.actions.search(query);
  };
  const openDay = (custodian: string, _channel: GapChannel, day: string, throughDay: string) =>
    showInSearch(`custodian:${quoteValue(custodian)} date:${day === throughDay ? day : `${day}..${throughDay}`}`);
  const openRecords = (recordIds: string[]) => {
    const [first] = recordIds;
    if (first !== undefined) {
      session.actions.setView('review');
      void review.actions.open(first);
    }
  };

  return (
    <div className="gaps-screen" data-testid="gaps-screen">
      <section className="gap-register-section" aria-label="Gap register">
        <div className="gaps-toolbar">
          <h2>Gap register</h2>
          <button type="button" onClick={() => gaps.actions.select('new')} data-testid="gap-new">
            New gap
          </button>
          <button type="button" className="secondary" onClick={() => void gaps.actions.undo()} disabled={state.busy} data-testid="gap-undo">
            Undo
          </button>
          <span className="muted small" role="status" data-testid="gap-message">
            {state.message}
          </span>
        </div>
        <ErrorText message={state.error} testId="gap-error" />
        <GapRegisterTable gaps={state.gaps} />
        {state.selected !== null ? <GapForm key={state.selected} gap={selectedGap} /> : null}
      </section>
      <section className="gap-timeline-section" aria-label="Timeline" data-testid="gap-timeline-section">
        <h2>Timeline</h2>
        {state.timeline === null ? (
          <p className="muted">Reading the case…</p>
        ) : state.timeline.rows.length === 0 ? (
          <p className="muted">No dated messages in this case yet.</p>
        ) : (
          <GapTimelineChart
            timeline={state.timeline}
            gaps={state.gaps}
            proposals={state.detection?.proposals ?? []}
            onOpenDay={openDay}
            onOpenRecords={openRecords}
            onSelectGap={(gapId) => gaps.actions.select(gapId)}
          />
        )}
      </section>
      <GapProposalsPanel />
      <GapSettingsPanel />
      <GapReportPanel />
    </div>
  );
}
