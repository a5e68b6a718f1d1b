/**
 * The shape most model actions share: raise `busy`, clear the last error, do the work, turn a
 * failure into the readable error line, lower `busy`. Resolves true when the work succeeded.
 */
import { errorMessage } from './error-message.js';
import type { Store } from './store.js';

export type BusyState = { busy: boolean; error: string | null };

/** A runner over `store`; `clear` lists other fields to reset when work starts (a status line). */
export function busyRunner<S extends BusyState>(store: Store<S>, clear: Partial<S> = {}): (work: () => Promise<void>) => Promise<boolean> {
  return async (work) => {
    store.set({ ...clear, busy: true, error: null } as Partial<S>);
    try {
      await work();
      return true;
    } catch (error) {
      store.set({ error: errorMessage(error) } as Partial<S>);
      return false;
    } finally {
      store.set({ busy: false } as Partial<S>);
    }
  };
}
