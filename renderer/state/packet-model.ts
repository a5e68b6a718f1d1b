/**
 * Packet: what the officer chose (Bates numbering and its place on the page, record order, cover
 * letter, one PDF or one per record), the build as a task with progress and Cancel, its result
 * (files, manifest, what the read-back checks covered), the packets already built for the
 * request, and a page preview of a built packet.
 */
import { BATES_PREFIX_PATTERN } from '../../shared/bates.js';
import type { Client } from '../../shared/ipc/client.js';
import type { BatesPosition, PacketOrder, PacketResult, PacketSummary, PacketVariant } from '../../shared/model/packet.js';
import type { TaskProgress } from '../../shared/model/task.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export const MAX_BATES_START = 99_999_999;

export type PacketChoices = {
  batesPrefix: string;
  batesStart: number;
  batesWidth: number;
  batesPosition: BatesPosition;
  order: PacketOrder;
  variant: PacketVariant;
  /** Whether the packet opens with the cover letter below. */
  withCoverLetter: boolean;
  coverLetter: string;
};

export type PagePreview = { packetId: string; page: number; pageCount: number; dataUrl: string | null; loading: boolean; error: string | null };

export type PacketState = PacketChoices & {
  /** The placeholders a cover letter may use (from the backend). */
  coverLetterFields: string[];
  building: boolean;
  progress: TaskProgress | null;
  result: PacketResult | null;
  error: string | null;
  /** Packets already built for the selected request, newest last. */
  packets: PacketSummary[];
  preview: PagePreview | null;
  /** What "Show in folder" did, when the host could not. */
  showMessage: string | null;
};

export type PacketActions = {
  choose(changes: Partial<PacketChoices>): void;
  /** Reads the default cover letter (once) and the request's packets. */
  load(requestId: string | null): Promise<void>;
  /** Builds the packet for `requestId`. Resolves with the result, or null (see `error`). */
  build(requestId: string | null): Promise<PacketResult | null>;
  cancel(): Promise<void>;
  /** Shows page `page` of a built packet. */
  preview(packetId: string, page: number): Promise<void>;
  showInFolder(path: string): Promise<void>;
  reset(): void;
};

export type PacketModel = { store: ReadableStore<PacketState>; actions: PacketActions };

const INITIAL: PacketState = {
  batesPrefix: 'FOIA-',
  batesStart: 1,
  batesWidth: 6,
  batesPosition: 'bottom-right',
  order: 'date',
  variant: 'single',
  withCoverLetter: true,
  coverLetter: '',
  coverLetterFields: [],
  building: false,
  progress: null,
  result: null,
  error: null,
  packets: [],
  preview: null,
  showMessage: null,
};

/** Preview pages are drawn this wide; the screen scales them down. */
export const PREVIEW_WIDTH_PX = 900;

/** Why the Bates settings cannot be used, or null when they can (same rules as the backend). */
export function batesProblem(state: Pick<PacketState, 'batesPrefix' | 'batesStart'> & Partial<Pick<PacketState, 'batesWidth'>>): string | null {
  if (!BATES_PREFIX_PATTERN.test(state.batesPrefix)) {
    return 'The Bates prefix must start with a letter or digit and use only letters, digits, ".", "_" or "-" (at most 20).';
  }
  if (!Number.isInteger(state.batesStart) || state.batesStart < 1 || state.batesStart > MAX_BATES_START) {
    return `The first Bates number must be a whole number from 1 to ${MAX_BATES_START.toLocaleString('en-US')}.`;
  }
  const width = state.batesWidth ?? 6;
  if (!Number.isInteger(width) || width < 1 || width > 12) {
    return 'The Bates number must have from 1 to 12 digits.';
  }
  return null;
}

export type PacketDeps = { client: Client; makeJobId?: () => string };

export function createPacketModel({ client, makeJobId = () => `packet-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` }: PacketDeps): PacketModel {
  const store = createStore<PacketState>(INITIAL);
  let jobId: string | null = null;
  let latestPreview = 0;
  client.on('task.progress', (progress) => {
    if (progress.jobId === jobId) {
      store.set({ progress });
    }
  });

  const actions: PacketActions = {
    choose: (changes) => store.set({ ...changes, error: null }),
    async load(requestId) {
      try {
        if (store.get().coverLetter === '') {
          const defaults = await client.call('packet.defaults', {});
          store.set({ coverLetter: defaults.coverLetter, coverLetterFields: defaults.coverLetterFields });
        }
        store.set({ packets: requestId === null ? [] : await client.call('packet.list', { requestId }) });
      } catch (error) {
        store.set({ error: errorMessage(error) });
      }
    },
    async build(requestId) {
      const state = store.get();
      if (state.building) {
        return null;
      }
      if (requestId === null) {
        store.set({ error: 'Choose the request to build the packet for.' });
        return null;
      }
      const problem = batesProblem(state);
      if (problem !== null) {
        store.set({ error: problem });
        return null;
      }
      const id = makeJobId();
      jobId = id;
      store.set({ building: true, progress: null, error: null, result: null, preview: null, showMessage: null });
      try {
        const result = await client.call('packet.build', {
          requestId,
          batesPrefix: state.batesPrefix,
          batesStart: state.batesStart,
          batesWidth: state.batesWidth,
          batesPosition: state.batesPosition,
          order: state.order,
          variant: state.variant,
          coverLetter: state.withCoverLetter ? state.coverLetter : null,
          jobId: id,
        });
        store.set({ result, packets: [...store.get().packets, result] });
        await actions.preview(result.id, 1);
        return result;
      } catch (error) {
        store.set({ error: errorMessage(error) });
        return null;
      } finally {
        jobId = null;
        store.set({ building: false, progress: null });
      }
    },
    async cancel() {
      if (jobId !== null) {
        await client.call('task.cancel', { jobId });
      }
    },
    async preview(packetId, page) {
      const ticket = ++latestPreview;
      const known = store.get().packets.find((packet) => packet.id === packetId);
      const pageCount = known?.pageCount ?? store.get().preview?.pageCount ?? 1;
      store.set({ preview: { packetId, page, pageCount, dataUrl: store.get().preview?.dataUrl ?? null, loading: true, error: null } });
      try {
        const drawn = await client.call('packet.pageImage', { packetId, page, width: PREVIEW_WIDTH_PX });
        if (ticket === latestPreview) {
          store.set({ preview: { packetId, page: drawn.page, pageCount: drawn.pageCount, dataUrl: drawn.dataUrl, loading: false, error: null } });
        }
      } catch (error) {
        if (ticket === latestPreview) {
          store.set({ preview: { packetId, page, pageCount, dataUrl: null, loading: false, error: errorMessage(error) } });
        }
      }
    },
    async showInFolder(path) {
      try {
        const { shown } = await client.call('dialog.showInFolder', { path });
        store.set({ showMessage: shown ? null : `This window cannot open the file manager (browser mode). The packet is in ${path}` });
      } catch (error) {
        store.set({ showMessage: errorMessage(error) });
      }
    },
    reset: () => store.reset(),
  };
  return { store, actions };
}
