/**
 * Picks how this window reaches the backend: the Electron preload's bridge when present,
 * otherwise the browser-mode WebSocket authorised by the token in the URL fragment. Without
 * either there is nothing to talk to, and the app says so instead of failing on every click.
 */
import type { RawChannel } from '../../shared/ipc/client.js';
import type { ReadableStore } from '../state/store.js';
import { electronBridge } from './foia-bridge.js';
import { readToken } from './read-token.js';
import { apiUrl, createWebSocketTransport } from './websocket-channel.js';
import type { ConnectionState } from './websocket-channel.js';

export type Transport =
  | { kind: 'electron'; channel: RawChannel }
  | { kind: 'websocket'; channel: RawChannel; connection: ReadableStore<ConnectionState> }
  | { kind: 'none' };

export function chooseTransport(win: Window): Transport {
  const bridge = electronBridge(win);
  if (bridge) {
    return { kind: 'electron', channel: bridge };
  }
  const token = readToken(win.location.hash);
  if (token === null) {
    return { kind: 'none' };
  }
  const { channel, connection } = createWebSocketTransport(apiUrl(win.location), token);
  return { kind: 'websocket', channel, connection };
}
