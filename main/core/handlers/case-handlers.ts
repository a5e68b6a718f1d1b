/**
 * Creating, opening and closing cases, and the sample case offered on first launch.
 */
import { cp, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';
import { CASE_FILE, CaseSession } from '../case/case-session.js';
import { addSource } from './source-handlers.js';
import { DEFAULT_INTAKE } from '../../../shared/model/request.js';
import { createRequest } from './request-handlers.js';

type CaseHandlers = Pick<CoreHandlers, 'case.create' | 'case.open' | 'case.openSample' | 'case.current' | 'case.close'>;

export const SAMPLE_CUSTODIAN = 'Jeffrey Skilling';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Reopening the case that is already open must not trip over this program's own lock. */
async function closeIfOpen(ctx: BackendContext, path: string): Promise<void> {
  if (ctx.sessionOrNull?.path === resolve(path)) {
    await ctx.replaceSession(null);
  }
}

export function caseHandlers(ctx: BackendContext): CaseHandlers {
  return {
    'case.create': async ({ path, name, requestTitle }) => {
      const session = await CaseSession.create(path, name, ctx.sessionDeps());
      await ctx.replaceSession(session);
      await createRequest(ctx, { ...DEFAULT_INTAKE, title: requestTitle });
      return session.summary();
    },
    'case.open': async ({ path }) => {
      await closeIfOpen(ctx, path);
      const session = await CaseSession.open(path, ctx.sessionDeps());
      await ctx.replaceSession(session);
      return session.summary();
    },
    'case.openSample': async () => {
      const folder = ctx.deps.sampleCaseDir;
      if (folder === null) {
        throw new AppError('unsupported', 'This installation has no sample case');
      }
      await closeIfOpen(ctx, folder);
      if (await exists(join(folder, CASE_FILE))) {
        const session = await CaseSession.open(folder, ctx.sessionDeps());
        await ctx.replaceSession(session);
        return session.summary();
      }
      const session = await CaseSession.create(folder, 'Sample case: Enron mail (public record)', ctx.sessionDeps());
      await ctx.replaceSession(session);
      // The sample's sources are copied into the case so the case stays whole if the app moves.
      const sampleMail = join(folder, 'sample-sources', 'skilling-j');
      await cp(join(ctx.deps.resourcesDir, 'sample', 'skilling-j'), sampleMail, { recursive: true });
      await addSource(ctx, { path: sampleMail, custodian: SAMPLE_CUSTODIAN, channel: 'official-email' });
      await createRequest(ctx, {
        ...DEFAULT_INTAKE,
        title: 'Sample request: communications about the California energy crisis, 2000–2001',
        requester: 'Sample requester',
      });
      return session.summary();
    },
    'case.current': async () => ctx.sessionOrNull?.summary() ?? null,
    'case.close': async () => {
      const open = ctx.sessionOrNull !== null;
      await ctx.replaceSession(null);
      return { closed: open };
    },
  };
}
