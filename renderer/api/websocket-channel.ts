/**
 * The browser-mode transport: a `RawChannel` over the WebSocket that `npm run web` serves.
 *
 * Calls made before the socket opens wait for it; when the socket closes, every pending and
 * later call resolves with an error reply, so each screen shows a readable message in place
 * instead of hanging. There is no reconnect: a restarted server has a new token, and only the
 * address it prints carries it.
 */
import type { RawChannel, Reply } from '../../shared/ipc/client.js';
import { TOKEN_PROTOCOL_PREFIX, WEBSOCKET_PATH } from '../../shared/ipc/wire.js';
import type { CallFrame } from '../../shared/ipc/wire.js';
import { createStore } from '../state/store.js';
import type { ReadableStore } from '../state/store.js';

export type ConnectionState = { status: 'connecting' | 'open' | 'closed' };

/**
 * The part of the DOM WebSocket this transport uses. Injectable so a Node test can drive the
 * same code with the `ws` package against the real browser-mode server.
 */
export type SocketLike = {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'close', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

export type OpenSocket = (url: string, protocols: string[]) => SocketLike;

const openDomSocket: OpenSocket = (url, protocols) => new WebSocket(url, protocols);

export type WebSocketTransport = {
  channel: RawChannel;
  connection: ReadableStore<ConnectionState>;
  close(): void;
};

const LOST: Reply = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Lost the connection to the FOIA Workbench server. Start `npm run web` again and open the address it prints.',
  },
};

/** The `/api` address on the page's own host: the only one the page's CSP admits. */
export function apiUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WEBSOCKET_PATH}`;
}

type IncomingFrame = { type: 'reply'; id: number; reply: Reply } | { type: 'event'; name: string; payload: unknown };

function parseServerFrame(data: unknown): IncomingFrame | null {
  if (typeof data !== 'string') {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const frame = value as { type?: unknown; id?: unknown; reply?: unknown; name?: unknown; payload?: unknown };
  if (frame.type === 'reply' && typeof frame.id === 'number' && typeof frame.reply === 'object' && frame.reply !== null) {
    return { type: 'reply', id: frame.id, reply: frame.reply as Reply };
  }
  if (frame.type === 'event' && typeof frame.name === 'string') {
    return { type: 'event', name: frame.name, payload: frame.payload };
  }
  return null;
}

export function createWebSocketTransport(url: string, token: string, openSocket: OpenSocket = openDomSocket): WebSocketTransport {
  const connection = createStore<ConnectionState>({ status: 'connecting' });
  const socket = openSocket(url, [TOKEN_PROTOCOL_PREFIX + token]);
  const pending = new Map<number, (reply: Reply) => void>();
  const queued: CallFrame[] = [];
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let nextId = 1;

  socket.addEventListener('open', () => {
    connection.set({ status: 'open' });
    for (const frame of queued.splice(0)) {
      socket.send(JSON.stringify(frame));
    }
  });
  socket.addEventListener('close', () => {
    connection.set({ status: 'closed' });
    for (const resolve of pending.values()) {
      resolve(LOST);
    }
    pending.clear();
    queued.length = 0;
  });
  socket.addEventListener('message', (event) => {
    const frame = parseServerFrame(event.data);
    if (frame?.type === 'reply') {
      pending.get(frame.id)?.(frame.reply);
      pending.delete(frame.id);
    } else if (frame?.type === 'event') {
      for (const listener of [...listeners]) {
        listener(frame.name, frame.payload);
      }
    }
  });

  const channel: RawChannel = {
    invoke(name, args) {
      if (connection.get().status === 'closed') {
        return Promise.resolve(LOST);
      }
      const frame: CallFrame = { type: 'call', id: nextId++, name, args };
      return new Promise<Reply>((resolve) => {
        pending.set(frame.id, resolve);
        if (connection.get().status === 'open') {
          socket.send(JSON.stringify(frame));
        } else {
          queued.push(frame);
        }
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };

  return { channel, connection, close: () => socket.close() };
}
