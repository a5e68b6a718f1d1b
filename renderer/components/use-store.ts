/**
 * The one bridge from the React-free stores to React: `useSyncExternalStore` re-renders when a
 * store's snapshot changes and never tears between components during concurrent rendering.
 */
import { useSyncExternalStore } from 'react';
import type { ReadableStore } from '../state/store.js';

export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
