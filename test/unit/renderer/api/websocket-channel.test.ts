/**
 * The renderer's WebSocket transport against the real browser-mode server. Node 20 has no DOM
 * WebSocket, so the `ws` client stands in through the transport's socket factory, sending the
 * Origin a browser would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { AppError } from '../../../../shared/errors.js';
import { createClient } from '../../../../shared/ipc/client.js';
import type { Host } from '../../../../main/host/create-host.js';
import { startWebServer } from '../../../../main/host/web-server.js';
import type { WebServer } from '../../../../main/host/web-server.js';
import { apiUrl, createWebSocketTransport } from '../../../../renderer/api/websocket-channel.js';
import type { OpenSocket, WebSocketTransport } from '../../../../renderer/api/websocket-channel.js';
import { tempFolder } from '../../../support/corpus.js';
import { makeTestHost } from '../../../support/test-host.js';

function nodeSocket(origin: string): OpenSocket {
  return (url, protocols) => {
    const socket = new WebSocket(url, protocols, { origin });
    // A browser reports a refused upgrade as an 'error' event then 'close'; `ws` would throw an
    // unheard 'error'. The transport relies on 'close' alone, as in the browser.
    socket.on('error', () => undefined);
    return socket;
  };
}

function whenStatus(transport: WebSocketTransport, status: 'open' | 'closed'): Promise<void> {
  return new Promise((resolve) => {
    if (transport.connection.get().status === status) {
      resolve();
      return;
    }
    const stop = transport.connection.subscribe(() => {
      if (transport.connection.get().status === status) {
        stop();
        resolve();
      }
    });
  });
}

describe('renderer WebSocket transport', () => {
  let data: { path: string; cleanup(): Promise<void> };
  let host: Host;
  let server: WebServer;

  beforeAll(async () => {
    data = await tempFolder('foia-renderer-ws-');
    host = makeTestHost({ dataDir: data.path });
    server = await startWebServer({ host, staticDir: null });
  });
  afterAll(async () => {
    await server.close();
    await host.close();
    await data.cleanup();
  });

  it('derives the API address from the page location', () => {
    expect(apiUrl({ protocol: 'http:', host: '127.0.0.1:4100' })).toBe('ws://127.0.0.1:4100/api');
    expect(apiUrl({ protocol: 'https:', host: 'example.test' })).toBe('wss://example.test/api');
  });

  it('queues calls made before the socket opens and answers them', async () => {
    const transport = createWebSocketTransport(apiUrl(new URL(server.origin)), server.token, nodeSocket(server.origin));
    const client = createClient(transport.channel);
    expect(transport.connection.get().status).toBe('connecting');
    const [info, current] = await Promise.all([client.call('app.info', {}), client.call('case.current', {})]);
    expect(info.mode).toBe('test');
    expect(current).toBeNull();
    expect(transport.connection.get().status).toBe('open');
    transport.close();
    await whenStatus(transport, 'closed');
  });

  it('turns backend failures into AppErrors with their code', async () => {
    const transport = createWebSocketTransport(apiUrl(new URL(server.origin)), server.token, nodeSocket(server.origin));
    const client = createClient(transport.channel);
    await expect(client.call('search.query', { query: 'x' })).rejects.toMatchObject({ code: 'no-case-open' });
    transport.close();
    await whenStatus(transport, 'closed');
  });

  it('a wrong token is refused, and calls then fail with a readable message instead of hanging', async () => {
    const transport = createWebSocketTransport(apiUrl(new URL(server.origin)), 'f'.repeat(48), nodeSocket(server.origin));
    const client = createClient(transport.channel);
    const failure = client.call('app.info', {}).catch((error: unknown) => error);
    await whenStatus(transport, 'closed');
    const error = await failure;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/Lost the connection/);
    await expect(client.call('app.info', {})).rejects.toThrow(/Lost the connection/);
  });
});
