/**
 * Browser mode listens on localhost, where any web page the user visits can try to reach it.
 * These checks prove the three locks: token, Origin, Host.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../main/host/web-server.js';
import type { WebServer } from '../../main/host/web-server.js';
import { connectWebSocketChannel } from '../../main/host/websocket-channel.js';
import type { Host } from '../../main/host/create-host.js';
import { tempFolder } from '../support/corpus.js';
import { makeTestHost } from '../support/test-host.js';

function httpGet(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode server security', () => {
  let host: Host;
  let server: WebServer;
  let data: { path: string; cleanup(): Promise<void> };
  let staticDir: { path: string; cleanup(): Promise<void> };

  beforeAll(async () => {
    data = await tempFolder();
    staticDir = await tempFolder();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${staticDir.path}/index.html`, '<!doctype html><title>t</title>');
    host = makeTestHost({ dataDir: data.path });
    server = await startWebServer({ host, staticDir: staticDir.path });
  });
  afterAll(async () => {
    await server.close();
    await host.close();
    await data.cleanup();
    await staticDir.cleanup();
  });

  it('listens on 127.0.0.1 only and prints the token in the URL fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('accepts the right token from its own origin', async () => {
    const channel = await connectWebSocketChannel(server.origin, server.token);
    expect(await channel.invoke('app.info', {})).toMatchObject({ ok: true });
    channel.close();
  });

  it('refuses a wrong or missing token', async () => {
    await expect(connectWebSocketChannel(server.origin, 'f'.repeat(48))).rejects.toThrow(/401/);
    await expect(connectWebSocketChannel(server.origin, '')).rejects.toThrow(/401/);
  });

  it('refuses other origins even with the token', async () => {
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api`, [`foia-token.${server.token}`], { origin: 'https://evil.example' });
    const status = await new Promise<number>((resolve) => {
      ws.once('unexpected-response', (_req, response) => resolve(response.statusCode ?? 0));
      ws.once('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('refuses requests whose Host is not this server (DNS rebinding)', async () => {
    const response = await httpGet(server.port, '/', { host: `attacker.example:${server.port}` });
    expect(response.status).toBe(421);
  });

  it('serves the UI with a strict CSP and never outside its folder', async () => {
    const ok = await httpGet(server.port, '/', { host: `127.0.0.1:${server.port}` });
    expect(ok.status).toBe(200);
    const csp = String(ok.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      expect((await httpGet(server.port, path, { host: `127.0.0.1:${server.port}` })).status).toBe(404);
    }
  });
});
