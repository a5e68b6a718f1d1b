/**
 * The Electron preload exposes the backend as `window.foiaBridge`, with exactly the shape of a
 * `RawChannel`. Declared here, once, so the rest of the renderer never touches `window` for it.
 */
import type { RawChannel } from '../../shared/ipc/client.js';

declare global {
  interface Window {
    foiaBridge?: RawChannel;
  }
}

/** The preload's channel, or null in browser mode. */
export function electronBridge(win: Window): RawChannel | null {
  const bridge = win.foiaBridge;
  return bridge && typeof bridge.invoke === 'function' && typeof bridge.subscribe === 'function' ? bridge : null;
}
