/**
 * A source's read options over every transport: adding its path again without options keeps
 * them (nothing is re-read), changing one keeps the others, and the audit log records the options
 * as they were before the change and after it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { AuditEntry } from '../../shared/model/audit.js';
import type { Host } from '../../main/host/create-host.js';
import { connectInMemory, connectOverWebSocket, useTestHost } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

const CHAT = '[01/02/2021, 10:00:00] Ann: hello\n[01/02/2021, 10:01:00] Bob: morning\n';

function defineSourceOptionsSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`source options over ${transport}`, () => {
    const suite = useTestHost(connect);
    let client: Client;

    beforeAll(async () => {
      client = suite.client;
    });

    it('keeps stored options for fields an add leaves out, and audits a change with the options before it', async () => {
      const casePath = join(suite.dataDir, 'case');
      await client.call('case.create', { path: casePath, name: 'Options' });
      const phone = join(suite.dataDir, 'phone');
      await mkdir(phone);
      await writeFile(join(phone, 'WhatsApp Chat with Bob.txt'), CHAT);
      const source = { path: phone, custodian: 'Ann', channel: 'personal-chat' } as const;

      const first = await client.call('sources.add', { ...source, timeZone: 'America/Chicago', dateOrder: 'dmy' });
      expect(first.source.options).toEqual({ timeZone: 'America/Chicago', dateOrder: 'dmy', chatMapping: null });

      const again = await client.call('sources.add', source);
      expect(again.alreadyPresent).toBe(true);
      expect(again.source.options).toEqual({ timeZone: 'America/Chicago', dateOrder: 'dmy', chatMapping: null });

      const zoned = await client.call('sources.add', { ...source, timeZone: 'Europe/Zurich' });
      expect(zoned.alreadyPresent).toBe(false);
      expect(zoned.source.options).toEqual({ timeZone: 'Europe/Zurich', dateOrder: 'dmy', chatMapping: null });

      const audit = (await readFile(join(casePath, 'audit.jsonl'), 'utf8'))
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as AuditEntry);
      const changes = audit.filter((entry) => entry.action === 'source.options');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        target: first.source.id,
        before: { timeZone: 'America/Chicago', dateOrder: 'dmy', chatMapping: null },
        after: { timeZone: 'Europe/Zurich', dateOrder: 'dmy', chatMapping: null },
      });
      expect(await client.call('audit.verify', {})).toMatchObject({ ok: true });
    });
  });
}

defineSourceOptionsSuite('the in-memory transport', async (host) => connectInMemory(host));
defineSourceOptionsSuite('the WebSocket transport', async (host) => connectOverWebSocket(host));
