/**
 * Packet: the Bates numbering the officer chose and the result of building the response packet
 * for the selected request (every record coded responsive, stamped and indexed).
 */
import { BATES_PREFIX_PATTERN } from '../../shared/bates.js';
import type { Client } from '../../shared/ipc/client.js';
import type { PacketResult } from '../../shared/model/packet.js';
import { errorMessage } from './error-message.js';
import { createStore } from './store.js';
import type { ReadableStore } from './store.js';

export const MAX_BATES_START = 99_999_999;

export type PacketState = {
  batesPrefix: string;
  batesStart: number;
  building: boolean;
  result: PacketResult | null;
  error: string | null;
};

export type PacketActions = {
  setBatesPrefix(prefix: string): void;
  setBatesStart(start: number): void;
  /**
   * Builds the packet for `requestId` (may take a while for large requests). Resolves with the
   * result, or null when the input was invalid or the build failed (see `error`).
   */
  build(requestId: string | null): Promise<PacketResult | null>;
  reset(): void;
};

export type PacketModel = { store: ReadableStore<PacketState>; actions: PacketActions };

const INITIAL: PacketState = { batesPrefix: 'FOIA-', batesStart: 1, building: false, result: null, error: null };

/** Why the Bates settings cannot be used, or null when they can (same rules as the backend). */
export function batesProblem(state: Pick<PacketState, 'batesPrefix' | 'batesStart'>): string | null {
  if (!BATES_PREFIX_PATTERN.test(state.batesPrefix)) {
    return 'The Bates prefix must start with a letter or digit and use only letters, digits, ".", "_" or "-" (at most 20).';
  }
  if (!Number.isInteger(state.batesStart) || state.batesStart < 1 || state.batesStart > MAX_BATES_START) {
    return `The first Bates number must be a whole number from 1 to ${MAX_BATES_START.toLocaleString('en-US')}.`;
  }
  return null;
}

export function createPacketModel({ client }: { client: Client }): PacketModel {
  const store = createStore<PacketState>(INITIAL);

  return {
    store,
    actions: {
      setBatesPrefix: (batesPrefix) => store.set({ batesPrefix, error: null }),
      setBatesStart: (batesStart) => store.set({ batesStart, error: null }),
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
        store.set({ building: true, error: null, result: null });
        try {
          const result = await client.call('packet.build', { requestId, batesPrefix: state.batesPrefix, batesStart: state.batesStart });
          store.set({ result });
          return result;
        } catch (error) {
          store.set({ error: errorMessage(error) });
          return null;
        } finally {
          store.set({ building: false });
        }
      },
      reset: () => store.reset(),
    },
  };
}
