/**
 * The preload: the only code in the renderer process that can reach Electron. It exposes one
 * object, `window.foiaBridge`, shaped exactly like the transport-neutral {@link RawChannel}, so
 * the renderer's typed client works over it unchanged, and nothing else (no `ipcRenderer`, no
 * event objects) crosses into the page.
 *
 * The window is sandboxed, so this file cannot `require` its neighbours at run time; it is
 * bundled by scripts/build-preload.mjs into build/main/electron/preload.cjs with `electron` as
 * the only external. Keep its imports to the contract and pure shared code.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { RawChannel, Reply } from '../../shared/ipc/client.js';
import { isCallName, isEventName } from '../../shared/ipc/contract.js';
import { BRIDGE_KEY, CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels.js';

/** The message of a rejection; duck-typed because errors may come from another realm. */
function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
}

const bridge = {
  async invoke(name: string, args: unknown): Promise<Reply> {
    // The host validates again; refusing here keeps arbitrary strings from reaching the main
    // process at all, so the bridge carries exactly the contract's calls.
    if (!isCallName(name)) {
      return {
        ok: false,
        error: { code: 'invalid-args', message: `Unknown call ${JSON.stringify(String(name)).slice(0, 80)}` },
      };
    }
    try {
      const reply: Reply = await ipcRenderer.invoke(CALL_CHANNEL, name, args);
      return reply;
    } catch (error) {
      // `invoke` rejects only when the main process has no handler or threw outside the
      // dispatcher; keep the single reply shape so the client's error handling still applies.
      return {
        ok: false,
        error: { code: 'internal', message: messageOf(error) },
      };
    }
  },

  subscribe(listener: (name: string, payload: unknown) => void): () => void {
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (isEventName(name)) {
        listener(name, payload);
      }
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
} satisfies RawChannel;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
