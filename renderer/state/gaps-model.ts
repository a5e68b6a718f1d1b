/**
 * The gap register screen's state: the register, the selected gap, the detectors' latest run
 * (proposals with each one's answer), the timeline, the detectors' settings and the written
 * report. Every change goes through the backend, which audits it and can undo it.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { CallInput } from '../../shared/ipc/contract.js';
import type { Gap, GapDetection, GapFields, GapProposalReview, GapSettingsView, GapTimeline } from '../../shared/model/gap.js';
import type { WrittenReport } from '../../shared/model/search.js';
import type { TaskProgress } from '../../shared/model/task.js';
import { errorMessage } from './error-message.js';
import { busyRunner } from './busy-runner.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type GapsState = {
  gaps: Gap[];
  /** The gap open in the editor; 'new' while a new one is written; null when none. */
  selected: string | 'new' | null;
  detection: GapDetection | null;
  detecting: boolean;
  /** The running detection's last progress report; null when none runs. */
  progress: TaskProgress | null;
  timeline: GapTimeline | null;
  settings: GapSettingsView | null;
  report: WrittenReport | null;
  busy: boolean;
  error: string | null;
  /** What the last change did, for the status line. */
  message: string | null;
};

export type GapsActions = {
  /** Reads the register, the settings and the timeline (and the proposals again, once run). */
  load(): Promise<void>;
  select(gapId: string | 'new' | null): void;
  /** Saves the editor: a new gap or changes to the selected one. Resolves true when saved. */
  save(fields: GapFields): Promise<boolean>;
  remove(gapId: string): Promise<void>;
  detect(): Promise<void>;
  /** Stops the running detection; the previous proposals stay. */
  cancelDetection(): Promise<void>;
  accept(key: string): Promise<void>;
  reject(key: string, reason: string): Promise<void>;
  reopen(key: string): Promise<void>;
  saveSettings(changes: CallInput<'gaps.updateSettings'>): Promise<boolean>;
  exportReport(options: CallInput<'gaps.exportReport'>): Promise<void>;
  /** Undoes the latest action of this session (here or on another screen), then reads the register and the answers again. */
  undo(): Promise<void>;
  /** Reads everything again (after an undo elsewhere, or records added). */
  refresh(): Promise<void>;
  reset(): void;
};

export type GapsModel = { store: ReadableStore<GapsState>; actions: GapsActions };

/** The same run's proposals, each with its current answer (or none). */
export function withReviews(detection: GapDetection, reviews: readonly GapProposalReview[]): GapDetection {
  const answers = new Map(reviews.map((review) => [review.key, review]));
  return { ...detection, proposals: detection.proposals.map((proposal) => ({ ...proposal, review: answers.get(proposal.key) ?? null })) };
}

const INITIAL: GapsState = {
  gaps: [],
  selected: null,
  detection: null,
  detecting: false,
  progress: null,
  timeline: null,
  settings: null,
  report: null,
  busy: false,
  error: null,
  message: null,
};

export type GapsDeps = {
  client: Client;
  /** Injected so tests get predictable job ids. */
  makeJobId?: () => string;
};

export function createGapsModel({ client, makeJobId = () => `gaps-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` }: GapsDeps): GapsModel {
  const store = createStore<GapsState>(INITIAL);
  let jobId: string | null = null;
  client.on('task.progress', (progress) => {
    if (progress.jobId === jobId) {
      store.set({ progress });
    }
  });

  /** Runs `work` with the busy flag up; a failure becomes the error line. Resolves true on success. */
  const run = busyRunner(store, { message: null });
  const reloadGaps = async () => store.set({ gaps: await client.call('gaps.list', {}) });
  const reloadTimeline = async () => store.set({ timeline: await client.call('gaps.timeline', {}) });
  /** Runs the detectors again (once they have run), for proposals of the case as it is now. */
  const redetect = async () => {
    if (store.get().detection !== null) {
      store.set({ detection: await client.call('gaps.detect', {}) });
    }
  };
  /**
   * Shows each proposal's current answer. An answer changes no proposal, so the run's proposals
   * stay and only the answers are read: the detectors read every message of the case.
   */
  const reloadReviews = async () => {
    if (store.get().detection !== null) {
      const reviews = await client.call('gaps.reviews', {});
      const { detection } = store.get();
      if (detection !== null) {
        store.set({ detection: withReviews(detection, reviews) });
      }
    }
  };

  const reloadRegister = async () => {
    const [gaps, settings, timeline] = await Promise.all([client.call('gaps.list', {}), client.call('gaps.settings', {}), client.call('gaps.timeline', {})]);
    store.set({ gaps, settings, timeline });
  };
  const reloadAll = async () => {
    await reloadRegister();
    await redetect();
  };

  const actions: GapsActions = {
    async load() {
      await run(reloadAll);
    },
    select(selected) {
      store.set({ selected, error: null, message: null });
    },
    async save(fields) {
      const { selected } = store.get();
      return run(async () => {
        const saved = selected === null || selected === 'new' ? await client.call('gaps.create', { fields }) : await client.call('gaps.update', { gapId: selected, changes: fields });
        await Promise.all([reloadGaps(), reloadTimeline()]);
        store.set({ selected: saved.id, message: `Saved “${saved.title}”.` });
      });
    },
    async remove(gapId) {
      await run(async () => {
        await client.call('gaps.delete', { gapId });
        await Promise.all([reloadGaps(), reloadTimeline()]);
        store.set({ selected: null, message: 'Gap deleted (Undo puts it back).' });
      });
    },
    async detect() {
      const id = makeJobId();
      jobId = id;
      store.set({ detecting: true, progress: null, error: null, message: null });
      try {
        const ran = await client.call('gaps.detect', { jobId: id });
        // Answers given while the detectors ran (they read the answers first) are shown too.
        const detection = withReviews(ran, await client.call('gaps.reviews', {}));
        const open = detection.proposals.filter((proposal) => proposal.review === null).length;
        store.set({ detection, message: `${detection.proposals.length} proposal(s), ${open} to review, from ${detection.recordCount.toLocaleString('en-US')} records in ${(detection.durationMs / 1000).toFixed(1)} s.` });
      } catch (error) {
        store.set({ error: errorMessage(error) });
      } finally {
        jobId = null;
        store.set({ detecting: false, progress: null });
      }
    },
    async cancelDetection() {
      if (jobId !== null) {
        await client.call('task.cancel', { jobId });
      }
    },
    async accept(key) {
      await run(async () => {
        const gap = await client.call('gaps.accept', { key, changes: {} });
        await Promise.all([reloadGaps(), reloadTimeline(), reloadReviews()]);
        store.set({ selected: gap.id, message: `Accepted as a suspected gap: “${gap.title}”.` });
      });
    },
    async reject(key, reason) {
      await run(async () => {
        await client.call('gaps.reject', { key, reason });
        await reloadReviews();
        store.set({ message: 'Rejected: the detectors will not propose it again.' });
      });
    },
    async reopen(key) {
      await run(async () => {
        await client.call('gaps.reopen', { key });
        await reloadReviews();
      });
    },
    async saveSettings(changes) {
      return run(async () => {
        store.set({ settings: await client.call('gaps.updateSettings', changes), message: 'Settings saved: run the detectors again to use them.' });
      });
    },
    async exportReport(options) {
      await run(async () => {
        const report = await client.call('gaps.exportReport', options);
        store.set({ report, message: null });
      });
    },
    async undo() {
      await run(async () => {
        const { undone } = await client.call('review.undo', {});
        await Promise.all([reloadRegister(), reloadReviews()]);
        store.set({ message: undone === null ? 'Nothing to undo.' : `Undid: ${undone}.` });
      });
    },
    async refresh() {
      await run(reloadAll);
    },
    reset() {
      store.reset();
    },
  };
  return { store, actions };
}
