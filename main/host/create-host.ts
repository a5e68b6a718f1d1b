/**
 * Assembles a backend for one platform: core handlers plus the host's own (dialogs, app info),
 * checked against the contract so a missing or extra handler fails to compile.
 */
import type { CallName } from '../../shared/ipc/contract.js';
import type { AppInfo } from '../../shared/ipc/contract.js';
import { createBackend } from '../core/backend.js';
import type { DialogPort } from './dialog-port.js';
import { createDispatcher } from './dispatcher.js';
import type { Dispatcher, HandlerTable, Logger } from './dispatcher.js';
import { EventBus } from './event-bus.js';

export type HostOptions = {
  mode: AppInfo['mode'];
  version: string;
  actor: string;
  dialogs: DialogPort;
  resourcesDir: string;
  sampleCaseDir: string | null;
  nativeBinding?: string | undefined;
  /** The bundled ingest worker; see `ingestWorkerPathIn`. */
  ingestWorkerPath: string;
  ingestWorkers?: number | undefined;
  clock?: () => Date;
  logger?: Logger;
};

export type Host = {
  dispatcher: Dispatcher;
  events: EventBus;
  close(): Promise<void>;
};

export function createHost(options: HostOptions): Host {
  const events = new EventBus();
  const backend = createBackend({
    actor: options.actor,
    clock: options.clock,
    emit: (name, payload) => events.emit(name, payload),
    resourcesDir: options.resourcesDir,
    sampleCaseDir: options.sampleCaseDir,
    nativeBinding: options.nativeBinding,
    ingestWorkerPath: options.ingestWorkerPath,
    ingestWorkers: options.ingestWorkers,
  });
  const handlers = {
    ...backend.handlers,
    'app.info': async () => ({
      version: options.version,
      mode: options.mode,
      dialogs: options.dialogs.supported,
      sampleCaseAvailable: options.sampleCaseDir !== null,
    }),
    'dialog.pickFolder': async ({ title }) => ({ path: await options.dialogs.pickFolder({ title }) }),
    'dialog.showInFolder': async ({ path }) => ({ shown: await options.dialogs.showInFolder(path) }),
  } satisfies HandlerTable;
  // `satisfies` catches missing handlers; this catches extra ones that spreads would hide.
  const extra: Exclude<keyof typeof handlers, CallName> extends never ? true : never = true;
  void extra;
  return {
    dispatcher: createDispatcher(handlers, options.logger),
    events,
    close: () => backend.close(),
  };
}
