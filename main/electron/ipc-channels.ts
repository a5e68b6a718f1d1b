/**
 * The names the Electron shell and its preload agree on. Kept in a file with no imports because
 * the preload is bundled into a sandboxed renderer, where anything beyond `electron` cannot be
 * required: pulling in a Node-only module here would break the window at load time.
 */

/** `ipcRenderer.invoke` channel carrying every contract call: `(name, args) → Reply`. */
export const CALL_CHANNEL = 'foia:call';

/** `webContents.send` channel carrying every pushed event: `(name, payload)`. */
export const EVENT_CHANNEL = 'foia:event';

/** The `window` property the preload exposes; the renderer's Electron transport reads it. */
export const BRIDGE_KEY = 'foiaBridge';
