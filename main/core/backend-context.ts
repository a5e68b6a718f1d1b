/**
 * What every domain's handlers share: the injected dependencies and the currently open case.
 * No globals: the host creates one context per backend.
 */
import { AppError } from '../../shared/errors.js';
import type { CallArgs, CallName, CallResult, EventName, EventPayload } from '../../shared/ipc/contract.js';
import type { CaseSession } from './case/case-session.js';

export type BackendDeps = {
  /** Who is acting, for the audit log (the OS user name by default). */
  actor: string;
  clock?: () => Date;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Folder holding fonts/ and sample/. */
  resourcesDir: string;
  /** Where "Open sample case" keeps its case; null when the host offers no sample. */
  sampleCaseDir: string | null;
  /** A better_sqlite3.node built for the running runtime, when it is not Node's (Electron). */
  nativeBinding?: string | undefined;
  /** The bundled ingest worker script (build/workers/ingest-worker.mjs, unpacked from the asar). */
  ingestWorkerPath: string;
  /** Parsing threads; default: one per core but one, at most four. */
  ingestWorkers?: number | undefined;
};

/** Calls the host answers itself (they depend on the platform, not on the case). */
export type HostCallName = 'app.info' | 'dialog.pickFolder' | 'dialog.showInFolder';
export type CoreCallName = Exclude<CallName, HostCallName>;

export type Handler<K extends CallName> = (args: CallArgs<K>) => Promise<CallResult<K>>;
export type CoreHandlers = { [K in CoreCallName]: Handler<K> };

export class BackendContext {
  private current: CaseSession | null = null;
  private readonly closing = new Set<(session: CaseSession) => Promise<void>>();
  readonly jobs = new Map<string, AbortController>();
  readonly clock: () => Date;

  constructor(readonly deps: BackendDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  get sessionOrNull(): CaseSession | null {
    return this.current;
  }

  session(): CaseSession {
    if (this.current === null) {
      throw new AppError('no-case-open', 'No case is open: create or open a case first');
    }
    return this.current;
  }

  /**
   * Runs `listener` before a case closes (another opened, the case closed, the backend closed):
   * work that holds the case stops there and releases what it holds (OCR's worker threads).
   */
  onCaseClosing(listener: (session: CaseSession) => Promise<void>): void {
    this.closing.add(listener);
  }

  /** Closes the open case (if any) and makes `next` current. */
  async replaceSession(next: CaseSession | null): Promise<void> {
    if (this.jobs.size > 0) {
      await next?.close();
      throw new AppError('busy', 'An ingest is running: cancel it or wait before switching cases');
    }
    const previous = this.current;
    if (previous !== null) {
      for (const listener of this.closing) {
        await listener(previous).catch(() => undefined);
      }
    }
    this.current = next;
    await previous?.close();
  }

  sessionDeps() {
    return { actor: this.deps.actor, clock: this.clock, nativeBinding: this.deps.nativeBinding };
  }
}
