/**
 * The backend: every action a user can take, as one table of handlers over one context.
 * The desktop app, browser mode, the CLI and the tests all drive this same object; hosts add
 * only what depends on their platform (dialogs, app info).
 */
import { BackendContext } from './backend-context.js';
import type { BackendDeps, CoreHandlers } from './backend-context.js';
import { auditHandlers } from './handlers/audit-handlers.js';
import { chatHandlers } from './handlers/chat-handlers.js';
import { caseHandlers } from './handlers/case-handlers.js';
import { packetHandlers } from './handlers/packet-handlers.js';
import { pageImageHandlers } from './handlers/page-image-handlers.js';
import { batchHandlers } from './handlers/batch-handlers.js';
import { gapDetectionHandlers } from './handlers/gap-detection-handlers.js';
import { gapRegisterHandlers } from './handlers/gap-handlers.js';
import { taskHandlers } from './handlers/task-handlers.js';
import { ocrHandlers } from './handlers/ocr-handlers.js';
import type { LatestProposals } from './handlers/gap-handlers.js';
import { codingHandlers } from './handlers/coding-handlers.js';
import { redactionHandlers } from './handlers/redaction-handlers.js';
import { requestHandlers } from './handlers/request-handlers.js';
import { undoHandlers } from './handlers/undo-handlers.js';
import { reviewHandlers } from './handlers/review-handlers.js';
import { savedSearchHandlers } from './handlers/saved-search-handlers.js';
import { searchHandlers } from './handlers/search-handlers.js';
import { sourceHandlers } from './handlers/source-handlers.js';

export type Backend = {
  handlers: CoreHandlers;
  /** Cancels running work and closes the open case. */
  close(): Promise<void>;
};

export function createBackend(deps: BackendDeps): Backend {
  const ctx = new BackendContext(deps);
  const latestProposals: LatestProposals = new WeakMap();
  const handlers = {
    ...caseHandlers(ctx),
    ...sourceHandlers(ctx),
    ...searchHandlers(ctx),
    ...savedSearchHandlers(ctx),
    ...chatHandlers(ctx),
    ...reviewHandlers(ctx),
    ...pageImageHandlers(ctx),
    ...requestHandlers(ctx),
    ...codingHandlers(ctx),
    ...redactionHandlers(ctx),
    ...batchHandlers(ctx),
    ...undoHandlers(ctx),
    ...packetHandlers(ctx),
    ...auditHandlers(ctx),
    ...gapRegisterHandlers(ctx, latestProposals),
    ...gapDetectionHandlers(ctx, latestProposals),
    ...taskHandlers(ctx),
    ...ocrHandlers(ctx),
  } satisfies CoreHandlers;
  return {
    handlers,
    async close() {
      for (const controller of ctx.jobs.values()) {
        controller.abort();
      }
      while (ctx.jobs.size > 0) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await ctx.replaceSession(null);
    },
  };
}

export type { BackendDeps, CoreHandlers } from './backend-context.js';
