import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../../main/core/audit/audit-log.js';
import { tempFolder } from '../../../../support/corpus.js';

const clock = () => new Date('2026-01-01T00:00:00Z');

describe('AuditLog', () => {
  it('never glues a new line onto a half-written one: verify names the cut line only', async () => {
    const folder = await tempFolder();
    const path = join(folder.path, 'audit.jsonl');
    const log = await AuditLog.open(path, 'officer', clock);
    await log.record({ action: 'a', target: 't', before: null, after: 1 });
    await appendFile(path, '{"seq":2,"at":"2026'); // a crash mid-append
    const reopened = await AuditLog.open(path, 'officer', clock);
    await reopened.record({ action: 'b', target: 't', before: null, after: 2 });
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines[1]).toBe('{"seq":2,"at":"2026');
    expect(await reopened.verify()).toMatchObject({ ok: false, firstBadLine: 2 });
    await folder.cleanup();
  });
});
