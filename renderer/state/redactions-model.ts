/**
 * The open record's redactions for the selected request: listed, drawn from a text selection in
 * the body or a header field with their exemptions, edited (extent, exemptions, note) and
 * removed. The backend anchors each span to the text it was drawn on and reports
 * `needs-recheck` when that text changed.
 */
import type { Client } from '../../shared/ipc/client.js';
import type { ExemptionInput } from '../../shared/ipc/contract.js';
import type { RedactableField, RedactionView } from '../../shared/model/review.js';
import { errorMessage } from './error-message.js';
import { busyRunner } from './busy-runner.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export type RedactionsState = {
  requestId: string | null;
  recordId: string | null;
  redactions: RedactionView[];
  busy: boolean;
  error: string | null;
};

export type RedactionsActions = {
  load(requestId: string | null, recordId: string | null): Promise<void>;
  /** Redacts field[start, end) of the open record with `exemptions`; resolves true when saved. */
  add(field: RedactableField, start: number, end: number, exemptions: readonly ExemptionInput[]): Promise<boolean>;
  /** Changes a redaction's extent, exemptions or note; resolves true when saved. */
  update(redactionId: string, changes: RedactionChanges): Promise<boolean>;
  remove(redactionId: string): Promise<void>;
};

export type RedactionChanges = { start?: number; end?: number; exemptions?: readonly ExemptionInput[]; note?: string };

export type RedactionsModel = { store: ReadableStore<RedactionsState>; actions: RedactionsActions };

const INITIAL: RedactionsState = { requestId: null, recordId: null, redactions: [], busy: false, error: null };

export function createRedactionsModel({ client }: { client: Client }): RedactionsModel {
  const store = createStore<RedactionsState>(INITIAL);
  let latest = 0;
  const run = busyRunner(store);
  const actions: RedactionsActions = {
    async load(requestId, recordId) {
      const ticket = ++latest;
      store.set({ requestId, recordId, redactions: [], error: null });
      if (requestId === null || recordId === null) {
        return;
      }
      try {
        const redactions = await client.call('redactions.list', { requestId, recordId });
        if (ticket === latest) {
          store.set({ redactions });
        }
      } catch (error) {
        if (ticket === latest) {
          store.set({ error: errorMessage(error) });
        }
      }
    },
    async add(field, start, end, exemptions) {
      const { requestId, recordId } = store.get();
      if (requestId === null || recordId === null) {
        store.set({ error: 'Choose a request first: redactions are made for a request.' });
        return false;
      }
      if (end <= start) {
        store.set({ error: 'Select the text to redact first, in the body or a header field.' });
        return false;
      }
      if (exemptions.length === 0) {
        store.set({ error: 'Give the exemption that allows this redaction.' });
        return false;
      }
      return run(async () => {
        const added = await client.call('redactions.add', { requestId, recordId, field, start, end, exemptions: [...exemptions] });
        store.update((current) => ({ redactions: current.recordId === recordId ? [...current.redactions, added] : current.redactions }));
      });
    },
    async update(redactionId, changes) {
      if (changes.start !== undefined && changes.end !== undefined && changes.end <= changes.start) {
        store.set({ error: 'Select the new extent of the redaction first.' });
        return false;
      }
      if (changes.exemptions !== undefined && changes.exemptions.length === 0) {
        store.set({ error: 'A redaction needs at least one exemption: remove it instead if none applies.' });
        return false;
      }
      return run(async () => {
        const { exemptions, ...rest } = changes;
        const updated = await client.call('redactions.update', { redactionId, ...rest, ...(exemptions === undefined ? {} : { exemptions: [...exemptions] }) });
        store.update((current) => ({ redactions: current.redactions.map((redaction) => (redaction.id === redactionId ? updated : redaction)) }));
      });
    },
    async remove(redactionId) {
      await run(async () => {
        await client.call('redactions.remove', { redactionId });
        store.update((current) => ({ redactions: current.redactions.filter((redaction) => redaction.id !== redactionId) }));
      });
    },
  };
  return { store, actions };
}
