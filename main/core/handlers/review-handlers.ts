/**
 * Reading one record for review, with its codings in every request.
 */
import { AppError } from '../../../shared/errors.js';
import type { BackendContext, CoreHandlers } from '../backend-context.js';

export function reviewHandlers(ctx: BackendContext): Pick<CoreHandlers, 'records.get'> {
  return {
    'records.get': async ({ recordId }) => {
      const session = ctx.session();
      const [record] = await session.index.getRecords([recordId]);
      if (!record) {
        throw new AppError('not-found', `No record ${recordId} in this case`, { recordId });
      }
      return { ...record, codings: session.store.data.codings.filter((coding) => coding.recordId === recordId) };
    },
  };
}
