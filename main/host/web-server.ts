/**
 * Browser mode: the built renderer and the contract over a WebSocket, on 127.0.0.1 only.
 *
 * Three locks on the door, because any web page the user visits can try to reach localhost:
 * the Host header must name this server (defeats DNS rebinding), the Origin must be this
 * server's own, and the WebSocket upgrade must carry the per-launch token as a subprotocol.
 * The token travels to the page in the URL fragment, which browsers never send to servers.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { TOKEN_PROTOCOL_PREFIX, WEBSOCKET_PATH, parseClientFrame } from '../../shared/ipc/wire.js';
import type { ServerFrame } from '../../shared/ipc/wire.js';
import type { Host } from './create-host.js';
import { serveStatic } from './static-files.js';

export type WebServerOptions = {
  host: Host;
  /** The built renderer; null serves the API only (contract tests). */
  staticDir: string | null;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
};

export type WebServer = {
  origin: string;
  /** The address to open, with the token in the fragment. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

const LOOPBACK = '127.0.0.1';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${LOOPBACK}:${port}`, `http://localhost:${port}`]);

  const server = createServer((request, response) => {
    if (!allowedHosts().has(request.headers.host ?? '')) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (options.staticDir === null) {
      response.writeHead(404).end();
      return;
    }
    const origin = `http://${request.headers.host ?? ''}`;
    serveStatic(options.staticDir, request.url ?? '/', origin, response).catch(() => {
      response.writeHead(500).end();
    });
  });

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 16 * 1024 * 1024,
    handleProtocols: (protocols) => [...protocols].find((protocol) => protocol.startsWith(TOKEN_PROTOCOL_PREFIX)) ?? false,
  });

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    const offered = String(request.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((value) => value.trim())
      .find((value) => value.startsWith(TOKEN_PROTOCOL_PREFIX));
    if (path !== WEBSOCKET_PATH || !allowedHosts().has(request.headers.host ?? '')) {
      refuse(socket, '404 Not Found');
      return;
    }
    if (!allowedOrigins().has(String(request.headers.origin ?? ''))) {
      refuse(socket, '403 Forbidden');
      return;
    }
    if (!offered || !sameSecret(offered.slice(TOKEN_PROTOCOL_PREFIX.length), token)) {
      refuse(socket, '401 Unauthorized');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveConnection(ws, options.host));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  return {
    origin,
    url: `${origin}/#token=${token}`,
    port,
    token,
    close: async () => {
      for (const client of sockets.clients) {
        client.terminate();
      }
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveConnection(ws: WebSocket, host: Host): void {
  const send = (frame: ServerFrame) => {
    if (ws.readyState === ws.OPEN) {
      ws.send(JSON.stringify(frame));
    }
  };
  const unsubscribe = host.events.subscribe((name, payload) => send({ type: 'event', name, payload }));
  ws.on('close', unsubscribe);
  // A malformed or oversized frame must end this connection, not the whole server.
  ws.on('error', () => ws.terminate());
  ws.on('message', (data, isBinary) => {
    const frame = isBinary ? null : parseClientFrame(data.toString());
    if (frame === null) {
      ws.close(1003, 'Malformed frame');
      return;
    }
    void host.dispatcher.dispatch(frame.name, frame.args).then((reply) => send({ type: 'reply', id: frame.id, reply }));
  });
}
