/**
 * The gap register's reading of the case: the detectors' proposals (each with the reviewer's
 * answer, if any), the timeline of daily volume per custodian and channel, and the register
 * written out as a 36 CFR 1230.14 report.
 */
import { join } from 'node:path';
import { GAP_DETECTORS, GAP_DETECTOR_LABELS } from '../../../shared/model/gap.js';
import type { GapProposal, GapProposalView, GapTimeline } from '../../../shared/model/gap.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { dailyVolume, type CountedRecord } from '../gap-register/gap-timeline.js';
import type { ChatPlatform } from '../../../shared/model/chat.js';
import { gapSourcesOf, loadGapInput } from '../gaps/load-gap-records.js';
import { DEFAULT_OFF_RECORD_LEXICON } from '../gaps/off-record-lexicon.js';
import { compareProposals, runDetectors } from '../gaps/run-detectors.js';
import { randomId } from '../ingest/ids.js';
import { loadPacketFonts } from '../packet/packet-fonts.js';
import { renderDispositionReportPdf } from '../reports/disposition-report-pdf.js';
import type { EvidenceRecordSummary } from '../reports/disposition-report-input.js';
import { runTask } from '../task-runner.js';
import { sha256Hex } from '../util/hash.js';
import { writeAtomically } from '../util/write-atomically.js';
import type { LatestProposals } from './gap-handlers.js';
import { requireRequest } from './request-handlers.js';
import { REPORTS_FOLDER } from './search-handlers.js';

type GapDetectionHandlers = Pick<CoreHandlers, 'gaps.detect' | 'gaps.timeline' | 'gaps.exportReport'>;

export function gapDetectionHandlers(ctx: BackendContext, latest: LatestProposals): GapDetectionHandlers {
  return {
    'gaps.detect': async ({ detectors, jobId }) =>
      runTask(ctx, jobId ?? randomId('j'), 'gap-detection', async (task) => {
        const session = ctx.session();
        const started = Date.now();
        task.report('Reading the case’s messages', 0, 0);
        const input = await loadGapInput(session.index, gapSourcesOf(session.store.data.sources), { signal: task.signal });
        const { gapSettings, gapReviews } = session.store.data;
        const chosen = detectors ?? [...GAP_DETECTORS];
        const proposals: GapProposal[] = [];
        // One detector at a time, so the run reports progress and a cancel lands between them.
        for (const [index, detector] of chosen.entries()) {
          task.report(`Running “${GAP_DETECTOR_LABELS[detector]}”`, index, chosen.length);
          await task.checkpoint();
          proposals.push(
            ...runDetectors(input, {
              detectors: [detector],
              options: {
                'off-record-move': { lexicon: gapSettings.offRecordLexicon ?? DEFAULT_OFF_RECORD_LEXICON },
                'personal-account-no-copy': { officialDomains: gapSettings.officialDomains },
              },
            }),
          );
        }
        proposals.sort(compareProposals);
        task.report('Done', chosen.length, chosen.length);
        latest.set(session, new Map(proposals.map((proposal) => [proposal.key, proposal])));
        const reviews = new Map(gapReviews.map((review) => [review.key, review]));
        const views: GapProposalView[] = proposals.map((proposal) => ({ ...proposal, review: reviews.get(proposal.key) ?? null }));
        const ranAt = ctx.clock().toISOString();
        await session.audit.record({
          action: 'gap.detect',
          target: 'gap-register',
          before: null,
          after: { detectors: detectors ?? 'all', proposals: proposals.length, open: views.filter((view) => view.review === null).length, records: input.records.length },
        });
        return { proposals: views, ranAt, recordCount: input.records.length, durationMs: Date.now() - started };
      }),
    'gaps.timeline': async (): Promise<GapTimeline> => {
      const session = ctx.session();
      const sources = new Map(gapSourcesOf(session.store.data.sources).map((source) => [source.id, source]));
      // The timeline counts messages per day: read only what it counts, never the records whole.
      const messages = await session.index.messageDays();
      const counted: CountedRecord[] = messages.map((message) => ({
        kind: message.kind,
        parentId: message.parentId,
        // Only whether there is an event matters to the count.
        event: message.isEvent ? { kind: 'other', durationSeconds: null, subjects: [] } : null,
        day: message.day,
        platform: message.platform === '' ? null : (message.platform as ChatPlatform),
        copies: message.sourceIds.map((id) => ({ custodian: sources.get(id)?.custodian ?? '', sourceChannel: sources.get(id)?.channel ?? 'other' })),
      }));
      const days = new Map(messages.map((message) => [message.id, message.day]));
      const evidenceDays: Record<string, string> = {};
      for (const gap of session.store.data.gaps) {
        for (const { recordId } of gap.evidence) {
          const day = days.get(recordId);
          if (day) {
            evidenceDays[recordId] = day;
          }
        }
      }
      return { ...dailyVolume(counted), evidenceDays };
    },
    'gaps.exportReport': async (args) => {
      const session = ctx.session();
      const wanted = args.gapIds === undefined ? null : new Set(args.gapIds);
      const gaps = session.store.data.gaps.filter((gap) => wanted === null || wanted.has(gap.id));
      for (const gap of gaps) {
        gap.requestIds.forEach((requestId) => requireRequest(ctx, requestId));
      }
      const evidenceIds = [...new Set(gaps.flatMap((gap) => gap.evidence.map((evidence) => evidence.recordId)))];
      const details = evidenceIds.length === 0 ? [] : await session.index.getRecords(evidenceIds);
      const records = new Map<string, EvidenceRecordSummary>(details.map((record) => [record.id, { title: record.title, date: record.date, custodian: record.custodians.join(', ') }]));
      const generatedAt = ctx.clock();
      const bytes = await renderDispositionReportPdf(
        { agency: args.agency, caseName: session.store.data.name, preparedBy: args.preparedBy, generatedAt, gaps, records, correctiveActions: args.correctiveActions },
        await loadPacketFonts(join(ctx.deps.resourcesDir, 'fonts')),
      );
      const stamp = generatedAt.toISOString().replace(/[:.]/g, '-');
      const path = join(session.path, REPORTS_FOLDER, `unauthorized-disposition-${stamp}-${randomId('t').slice(2, 10)}.pdf`);
      await writeAtomically(path, bytes);
      const sha256 = sha256Hex(bytes);
      await session.audit.record({ action: 'report.unauthorized-disposition', target: path, before: null, after: { sha256, gapIds: gaps.map((gap) => gap.id) } });
      return { path, sha256, bytes: bytes.length };
    },
  };
}
