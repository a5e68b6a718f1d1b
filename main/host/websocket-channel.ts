/**
 * A RawChannel over the browser-mode WebSocket, for Node callers (contract tests, the CLI
 * talking to a running app later). The renderer has its own DOM version of the same thing.
 */
import { WebSocket } from 'ws';
import type { RawChannel, Reply } from '../../shared/ipc/client.js';
import { TOKEN_PROTOCOL_PREFIX, WEBSOCKET_PATH } from '../../shared/ipc/wire.js';
import type { ServerFrame } from '../../shared/ipc/wire.js';

export async function connectWebSocketChannel(
  origin: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<RawChannel & { close(): void }> {
  const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}${WEBSOCKET_PATH}`, [`${TOKEN_PROTOCOL_PREFIX}${token}`], {
    origin,
    headers,
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`WebSocket refused: HTTP ${response.statusCode}`)));
  });
  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  const listeners = new Set<(name: string, payload: unknown) => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as ServerFrame;
    if (frame.type === 'reply') {
      pending.get(frame.id)?.(frame.reply);
      pending.delete(frame.id);
    } else {
      for (const listener of listeners) {
        listener(frame.name, frame.payload);
      }
    }
  });
  ws.on('close', () => {
    for (const resolve of pending.values()) {
      resolve({ ok: false, error: { code: 'internal', message: 'Connection closed' } });
    }
    pending.clear();
  });
  return {
    invoke(name, args) {
      const id = nextId++;
      return new Promise<Reply>((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ type: 'call', id, name, args }));
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      ws.close();
    },
  };
}
