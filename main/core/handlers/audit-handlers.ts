import type { BackendContext, CoreHandlers } from '../backend-context.js';

export function auditHandlers(ctx: BackendContext): Pick<CoreHandlers, 'audit.verify'> {
  return {
    'audit.verify': async () => ctx.session().audit.verify(),
  };
}
