/**
 * What the detectors propose, each with its reasoning (the statistic, for a silent period) and
 * its evidence, quoted; the reviewer accepts it into the register or rejects it with a reason.
 * A rejection is kept by the proposal's key, so the next run does not raise it again; answered
 * proposals are listed on request and can be reopened.
 */
import { useState } from 'react';
import { GAP_CHANNEL_LABELS, GAP_DETECTOR_LABELS } from '../../../shared/model/gap.js';
import type { GapProposalView } from '../../../shared/model/gap.js';
import { periodText } from '../../state/gap-text.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';

/** Evidence shown per proposal before "and N more". */
const EVIDENCE_SHOWN = 3;

function ProposalCard({ proposal }: { proposal: GapProposalView }) {
  const { gaps, session, review } = useWorkbench();
  const { busy } = useStore(gaps.store);
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const openRecord = (recordId: string) => {
    session.actions.setView('review');
    void review.actions.open(recordId);
  };
  return (
    <li className="gap-proposal" data-testid="gap-proposal" data-detector={proposal.detector} data-key={proposal.key} data-review={proposal.review?.decision ?? 'open'}>
      <p>
        <span className="badge">{GAP_DETECTOR_LABELS[proposal.detector]}</span> <strong data-testid="gap-proposal-title">{proposal.title}</strong>
      </p>
      <p className="muted small">
        {GAP_CHANNEL_LABELS[proposal.channel]} · {proposal.custodians.join(', ') || 'custodian unknown'} · {periodText(proposal.periodStart, proposal.periodEnd)}
      </p>
      <p className="gap-explanation" data-testid="gap-proposal-explanation">
        {proposal.explanation}
      </p>
      {proposal.evidence.length > 0 ? (
        <ul className="gap-proposal-evidence">
          {proposal.evidence.slice(0, EVIDENCE_SHOWN).map((evidence) => (
            <li key={evidence.recordId}>
              <button type="button" className="link-button" onClick={() => openRecord(evidence.recordId)}>
                Open
              </button>{' '}
              {evidence.quote ? <q className="gap-quote">{evidence.quote}</q> : <span className="muted">{evidence.why}</span>}
            </li>
          ))}
          {proposal.evidence.length > EVIDENCE_SHOWN ? <li className="muted small">and {proposal.evidence.length - EVIDENCE_SHOWN} more records</li> : null}
        </ul>
      ) : null}
      {proposal.review === null ? (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void gaps.actions.accept(proposal.key)} data-testid="gap-proposal-accept">
            Accept into the register
          </button>
          {rejecting ? (
            <>
              <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Why it is not a gap" size={30} aria-label="Reason for rejecting" data-testid="gap-proposal-reason" />
              <button type="button" className="secondary" disabled={busy} onClick={() => void gaps.actions.reject(proposal.key, reason)} data-testid="gap-proposal-reject-confirm">
                Reject
              </button>
            </>
          ) : (
            <button type="button" className="secondary" disabled={busy} onClick={() => setRejecting(true)} data-testid="gap-proposal-reject">
              Reject…
            </button>
          )}
        </div>
      ) : (
        <p className="small">
          {proposal.review.decision === 'accepted' ? 'Accepted' : 'Rejected'} by {proposal.review.decidedBy}
          {proposal.review.reason ? `: “${proposal.review.reason}”` : ''}{' '}
          <button type="button" className="link-button" disabled={busy} onClick={() => void gaps.actions.reopen(proposal.key)} data-testid="gap-proposal-reopen">
            Reopen
          </button>
        </p>
      )}
    </li>
  );
}

export function GapProposalsPanel() {
  const { gaps } = useWorkbench();
  const { detection, detecting, progress } = useStore(gaps.store);
  const [showAnswered, setShowAnswered] = useState(false);
  const proposals = detection?.proposals ?? [];
  const open = proposals.filter((proposal) => proposal.review === null);
  const answered = proposals.length - open.length;
  return (
    <section className="gap-proposals" aria-label="Proposed gaps" data-testid="gap-proposals">
      <h2>Proposed by the detectors</h2>
      <p className="muted small">
        Six detectors read the case: disappearing-message timers and deleted messages, replies whose original is missing, silent periods, moves off the record, personal accounts with no
        official copy (44 U.S.C. 2911), and conversations missing from a participant’s export. They propose; you decide.
      </p>
      <button type="button" onClick={() => void gaps.actions.detect()} disabled={detecting} data-testid="gap-detect">
        {detecting ? 'Reading the case…' : detection === null ? 'Run the detectors' : 'Run again'}
      </button>
      {detecting ? (
        <span className="gap-detect-progress" role="status" data-testid="gap-detect-progress">
          {' '}
          {progress === null ? 'Starting…' : `${progress.stage}${progress.total > 0 ? ` (${progress.done} of ${progress.total})` : ''}`}{' '}
          <progress max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />{' '}
          <button type="button" className="secondary" onClick={() => void gaps.actions.cancelDetection()} data-testid="gap-detect-cancel">
            Cancel
          </button>
        </span>
      ) : null}
      {detection !== null ? (
        <>
          <p data-testid="gap-proposal-count">
            {open.length} to review{answered > 0 ? `, ${answered} answered` : ''}.{' '}
            {answered > 0 ? (
              <label className="checkbox-label">
                <input type="checkbox" checked={showAnswered} onChange={() => setShowAnswered(!showAnswered)} data-testid="gap-show-answered" /> Show answered
              </label>
            ) : null}
          </p>
          <ul className="gap-proposal-list">
            {(showAnswered ? proposals : open).map((proposal) => (
              <ProposalCard key={proposal.key} proposal={proposal} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
