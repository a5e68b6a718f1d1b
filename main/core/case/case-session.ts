/**
 * An open case: its folder and the three files in it, each for what it is good at —
 * `case.json` (decisions), `index.sqlite` (derived, rebuildable), `audit.jsonl` (custody).
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { CaseSummary } from '../../../shared/model/case.js';
import type { RequestInfo } from '../../../shared/model/request.js';
import { AuditLog } from '../audit/audit-log.js';
import type { RecordIndex } from '../index/record-index.js';
import { SqliteRecordIndex } from '../index/sqlite/sqlite-record-index.js';
import { randomId } from '../ingest/ids.js';
import { localDate, requestInfo } from '../review/request-status.js';
import { UndoStack } from '../review/undo-stack.js';
import { DEFAULT_GAP_SETTINGS } from '../../../shared/model/gap.js';
import { CASE_SCHEMA_VERSION } from './case-data.js';
import { acquireCaseLock } from './case-lock.js';
import type { CaseLock } from './case-lock.js';
import { CaseStore } from './case-store.js';

export const CASE_FILE = 'case.json';
export const INDEX_FILE = 'index.sqlite';
export const AUDIT_FILE = 'audit.jsonl';
export const PACKETS_FOLDER = 'packets';

export type SessionDeps = {
  actor: string;
  clock: () => Date;
  nativeBinding?: string | undefined;
};

export class CaseSession {
  private constructor(
    readonly path: string,
    readonly store: CaseStore,
    readonly index: RecordIndex,
    readonly audit: AuditLog,
    private readonly lock: CaseLock,
    private readonly clock: () => Date,
  ) {}

  /** Review actions of this session that can be undone. */
  readonly undo = new UndoStack();

  /** Creates a case in `folder`, which must be empty or not yet exist. */
  static async create(folder: string, name: string, deps: SessionDeps): Promise<CaseSession> {
    const path = resolve(folder);
    await mkdir(path, { recursive: true });
    const entries = await readdir(path);
    if (entries.includes(CASE_FILE)) {
      throw new AppError('case-exists', `${path} already holds a case; open it instead`, { path });
    }
    if (entries.length > 0) {
      throw new AppError('invalid-args', `${path} is not empty; choose an empty folder for a new case`, { path });
    }
    const lock = await acquireCaseLock(path, deps.clock);
    const createdAt = deps.clock().toISOString();
    const store = await CaseStore.create(join(path, CASE_FILE), {
      schemaVersion: CASE_SCHEMA_VERSION,
      caseId: randomId('c'),
      name,
      createdAt,
      sources: [],
      requests: [],
      codings: [],
      packets: [],
      savedSearches: [],
      redactions: [],
      batches: [],
      gaps: [],
      gapReviews: [],
      gapSettings: DEFAULT_GAP_SETTINGS,
    });
    const session = await CaseSession.attach(path, store, lock, deps);
    await session.audit.record({ action: 'case.create', target: store.data.caseId, before: null, after: { name, path } });
    return session;
  }

  static async open(folder: string, deps: SessionDeps): Promise<CaseSession> {
    const path = resolve(folder);
    const caseFile = join(path, CASE_FILE);
    try {
      await stat(caseFile);
    } catch {
      throw new AppError('not-found', `No case in ${path} (there is no ${CASE_FILE})`, { path });
    }
    const lock = await acquireCaseLock(path, deps.clock);
    try {
      const store = await CaseStore.open(caseFile);
      const session = await CaseSession.attach(path, store, lock, deps);
      await session.markInterruptedIngests();
      return session;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async attach(path: string, store: CaseStore, lock: CaseLock, deps: SessionDeps): Promise<CaseSession> {
    const index = SqliteRecordIndex.open(join(path, INDEX_FILE), { nativeBinding: deps.nativeBinding, clock: deps.clock });
    const audit = await AuditLog.open(join(path, AUDIT_FILE), deps.actor, deps.clock);
    return new CaseSession(path, store, index, audit, lock, deps.clock);
  }

  /**
   * A source still marked as ingesting when its case opens was cut off by a crash or a kill (the
   * lock guarantees no other process is writing it). Its index holds everything written up to
   * the last checkpoint; adding the same path again continues from there.
   */
  private async markInterruptedIngests(): Promise<void> {
    const cut = this.store.data.sources.filter((source) => source.status === 'ingesting');
    if (cut.length === 0) {
      return;
    }
    await this.store.update((data) => {
      for (const source of data.sources) {
        if (source.status === 'ingesting') {
          source.status = 'interrupted';
        }
      }
    });
    for (const source of cut) {
      await this.audit.record({ action: 'source.ingest.interrupted', target: source.id, before: { status: 'ingesting' }, after: { status: 'interrupted' } });
    }
  }

  get packetsFolder(): string {
    return join(this.path, PACKETS_FOLDER);
  }

  /** Every request with its review progress and its statutory clock as of today. */
  requestInfos(): RequestInfo[] {
    const { requests, codings, batches } = this.store.data;
    const today = localDate(this.clock());
    return requests.map((request) => requestInfo(request, codings, batches, today));
  }

  async summary(): Promise<CaseSummary> {
    const data = this.store.data;
    return {
      path: this.path,
      name: data.name || basename(this.path),
      createdAt: data.createdAt,
      recordCount: await this.index.count(),
      sourceCount: data.sources.length,
      requests: this.requestInfos(),
    };
  }

  async close(): Promise<void> {
    this.index.close();
    await this.lock.release();
  }
}
