/**
 * A crash in the middle of an ingest: the CLI is killed with SIGKILL while it writes a real
 * Enron custodian, then the same command runs again. Nothing already indexed is lost, nothing is
 * indexed twice, and the result equals an ingest that was never interrupted.
 */
import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../main/cli/exit-codes.js';
import { runCli } from '../../main/cli/foia-program.js';
import type { SourceInfo } from '../../shared/model/case.js';
import { REPO_ROOT, corpusPath, tempFolder } from '../support/corpus.js';

// Large enough (4,139 files) that the kill lands mid-way whatever the machine's speed.
const SKILLING = corpusPath('email', 'enron', 'maildir', 'skilling-j');

async function foia(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), interactive: false }, { appRoot: REPO_ROOT, actor: 'cli-test' });
  return { code, out, err };
}

function snapshot(indexPath: string): { ids: string[]; locations: number; done: number } {
  const db = new Database(indexPath, { readonly: true });
  try {
    return {
      ids: db.prepare('SELECT id FROM records ORDER BY id').pluck().all() as string[],
      locations: (db.prepare('SELECT count(*) AS n FROM record_locations').get() as { n: number }).n,
      done: (db.prepare("SELECT count(*) AS n FROM source_files WHERE state = 'done'").get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

function countRecords(indexPath: string): number {
  try {
    const db = new Database(indexPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('an ingest killed mid-way', () => {
  let dir: { path: string; cleanup(): Promise<void> };
  beforeAll(async () => {
    dir = await tempFolder();
  });
  afterAll(async () => dir.cleanup());

  it('continues where it stopped when run again, and ends as if it had never stopped', async () => {
    const source = join(dir.path, 'skilling-j');
    await cp(SKILLING, source, { recursive: true });
    const cleanCase = join(dir.path, 'clean');
    const crashCase = join(dir.path, 'crash');
    expect((await foia('case', 'init', cleanCase, '--name', 'Clean')).code).toBe(EXIT.ok);
    expect((await foia('case', 'init', crashCase, '--name', 'Crash')).code).toBe(EXIT.ok);
    expect((await foia('ingest', source, '--case', cleanCase, '--custodian', 'Jeff Skilling')).code).toBe(EXIT.ok);
    const clean = snapshot(join(cleanCase, 'index.sqlite'));

    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'foia.js'), 'ingest', source, '--case', crashCase, '--custodian', 'Jeff Skilling'], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const indexPath = join(crashCase, 'index.sqlite');
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && countRecords(indexPath) < 300) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const kept = countRecords(indexPath);
    expect(kept).toBeGreaterThanOrEqual(300);
    expect(kept).toBeLessThan(clean.ids.length);

    const listed = await foia('sources', '--case', crashCase, '--json');
    const [interrupted] = JSON.parse(listed.out) as SourceInfo[];
    expect(interrupted?.status).toBe('interrupted');

    const resumed = await foia('ingest', source, '--case', crashCase, '--custodian', 'Jeff Skilling', '--json');
    expect(resumed.code).toBe(EXIT.ok);
    const after = snapshot(indexPath);
    expect(after).toEqual(clean);
    expect(after.done).toBe(4139);
    expect(after.locations).toBe(4139);
    const [done] = JSON.parse((await foia('sources', '--case', crashCase, '--json')).out) as SourceInfo[];
    expect(done).toMatchObject({ status: 'indexed', recordCount: clean.ids.length });
    expect(done?.runs.at(-1)?.counts.filesUnchanged).toBeGreaterThan(0);
  }, 180_000);
});
