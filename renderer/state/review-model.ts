/**
 * Review: the record open in the viewer, its codings, its family (parent and attachments, read
 * after the record), the codings of the whole selected request (so the result list can mark
 * what is already decided), and the tagging action itself.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { ExemptionInput } from '../../shared/ipc/contract.js';
import type { Coding, Decision } from '../../shared/model/review.js';
import type { RecordDetail } from '../../shared/model/record.js';
import { errorMessage } from './error-message.js';
import { loadRecordFamily } from './record-family.js';
import type { RecordFamily } from './record-family.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type ReviewState = {
  recordId: string | null;
  record: RecordDetail | null;
  /** The open record's codings, for every request. */
  recordCodings: Coding[];
  /** The open record's parent title and children's file facts; null until read (or for none). */
  family: RecordFamily | null;
  loading: boolean;
  error: string | null;
  /** The decision per record id for the selected request; absent means not yet reviewed. */
  decisions: Readonly<Record<string, Decision>>;
  /** The decision being saved ('clear' for removing one); null when idle. */
  saving: Decision | 'clear' | null;
  saveError: string | null;
  /** What the last undo did ("Undid: …"), or that there was nothing to undo. */
  undoMessage: string | null;
};

export type ReviewActions = {
  /**
   * Loads a record into the viewer, then its family. A newer `open` wins over a slower older
   * one. Resolves once both are read (the record shows as soon as it arrives).
   */
  open(recordId: string): Promise<void>;
  /**
   * Codes the open record for the selected request; null clears the coding. Resolves true when
   * saved. Fails with a readable `saveError` when no request is selected.
   */
  tag(decision: Decision | null, note: string, exemptions?: readonly ExemptionInput[]): Promise<boolean>;
  /**
   * Codes several records at once for the selected request: a whole conversation-day, the unit
   * a chat is reviewed in. Resolves true when saved; the open record's codings follow.
   */
  tagMany(recordIds: readonly string[], decision: Decision | null, note: string, exemptions?: readonly ExemptionInput[]): Promise<boolean>;
  /** Undoes the latest review action of this session; the decisions and the open record follow. */
  undo(): Promise<void>;
  /** Loads the selected request's codings (after the selection changed). */
  loadDecisions(requestId: string | null): Promise<void>;
  reset(): void;
};

export type ReviewModel = { store: ReadableStore<ReviewState>; actions: ReviewActions };

export type ReviewDeps = {
  client: Client;
  /** The request codings go to; owned by the requests model. */
  selectedRequestId(): string | null;
  /** Called after a coding changed, so request counts can be refreshed. */
  onCodingChanged(): Promise<void>;
  /** Called once a record is on screen (the transcript follows chat messages). */
  onRecordOpened?(record: RecordDetail): Promise<void>;
};

const INITIAL: ReviewState = {
  recordId: null,
  record: null,
  recordCodings: [],
  family: null,
  loading: false,
  error: null,
  decisions: {},
  saving: null,
  saveError: null,
  undoMessage: null,
};

/** The open record's coding for `requestId`, or null when it is not reviewed for that request. */
export function codingFor(state: ReviewState, requestId: string | null): Coding | null {
  return state.recordCodings.find((coding) => coding.requestId === requestId) ?? null;
}

export function createReviewModel({ client, selectedRequestId, onCodingChanged, onRecordOpened }: ReviewDeps): ReviewModel {
  const store = createStore<ReviewState>(INITIAL);
  let latestOpen = 0;
  let latestDecisions = 0;

  /** Codes `recordIds` for the selected request; the decisions and the open record's codings follow. */
  async function save(recordIds: readonly string[], decision: Decision | null, note: string, exemptions: readonly ExemptionInput[] = []): Promise<boolean> {
    const requestId = selectedRequestId();
    if (recordIds.length === 0 || store.get().saving !== null) {
      return false;
    }
    if (requestId === null) {
      store.set({ saveError: 'Create or choose a request first: codings are made against a request.' });
      return false;
    }
    store.set({ saving: decision ?? 'clear', saveError: null });
    try {
      const { codings: saved } = await client.call('records.code', {
        requestId,
        recordIds: [...recordIds],
        decision,
        note,
        exemptions: [...exemptions],
      });
      store.update((current) => {
        const decisions = { ...current.decisions };
        for (const id of recordIds) {
          delete decisions[id];
        }
        for (const coding of saved) {
          decisions[coding.recordId] = coding.decision;
        }
        // The viewer may have moved on while saving; only touch its codings if it shows one of these.
        const openId = current.record?.id;
        const mine = saved.find((coding) => coding.recordId === openId) ?? null;
        const recordCodings =
          openId !== undefined && recordIds.includes(openId)
            ? [...current.recordCodings.filter((coding) => coding.requestId !== requestId), ...(mine ? [mine] : [])]
            : current.recordCodings;
        return { decisions, recordCodings };
      });
      await onCodingChanged();
      return true;
    } catch (error) {
      store.set({ saveError: errorMessage(error) });
      return false;
    } finally {
      store.set({ saving: null });
    }
  }

  const actions: ReviewActions = {
    async open(recordId) {
      const ticket = ++latestOpen;
      store.set({ recordId, loading: true, error: null, saveError: null });
      let opened: RecordDetail | null = null;
      try {
        const { codings, ...record } = await client.call('records.get', { recordId });
        if (ticket === latestOpen) {
          opened = record;
          store.set({ record, recordCodings: codings, family: null });
        }
      } catch (error) {
        if (ticket === latestOpen) {
          store.set({ record: null, recordCodings: [], family: null, error: errorMessage(error) });
        }
      } finally {
        if (ticket === latestOpen) {
          store.set({ loading: false });
        }
      }
      if (opened !== null && onRecordOpened) {
        await onRecordOpened(opened);
      }
      if (opened !== null && ticket === latestOpen && (opened.parentId !== null || opened.children.length > 0)) {
        const family = await loadRecordFamily(client, opened);
        if (ticket === latestOpen) {
          store.set({ family });
        }
      }
    },
    async tag(decision, note, exemptions) {
      const { record, recordId, loading } = store.get();
      // While another record is loading, `record` is still the previous one: coding now
      // would code the record the officer just left.
      if (!record || loading || record.id !== recordId) {
        return false;
      }
      return save([record.id], decision, note, exemptions);
    },
    tagMany: (recordIds, decision, note, exemptions) => save(recordIds, decision, note, exemptions),
    async undo() {
      try {
        const { undone } = await client.call('review.undo', {});
        store.set({ undoMessage: undone === null ? 'Nothing to undo' : `Undid: ${undone}`, saveError: null });
        const { recordId } = store.get();
        await actions.loadDecisions(selectedRequestId());
        if (recordId !== null) {
          const record = await client.call('records.get', { recordId });
          if (store.get().recordId === recordId) {
            store.set({ recordCodings: record.codings });
          }
        }
        await onCodingChanged();
      } catch (error) {
        store.set({ saveError: errorMessage(error) });
      }
    },
    async loadDecisions(requestId) {
      const ticket = ++latestDecisions;
      if (requestId === null) {
        store.set({ decisions: {} });
        return;
      }
      try {
        const codings = await client.call('codings.list', { requestId });
        if (ticket === latestDecisions) {
          store.set({ decisions: Object.fromEntries(codings.map((coding) => [coding.recordId, coding.decision])) });
        }
      } catch (error) {
        if (ticket === latestDecisions) {
          store.set({ decisions: {}, saveError: errorMessage(error) });
        }
      }
    },
    reset() {
      latestOpen += 1;
      latestDecisions += 1;
      store.reset();
    },
  };
  return { store, actions };
}
