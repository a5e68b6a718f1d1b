/**
 * A tiny observable store: the one piece of state machinery the renderer uses.
 *
 * Why not a library: the renderer needs get/set/subscribe and nothing else, and this shape is
 * exactly what React's `useSyncExternalStore` consumes, while staying free of React so the
 * stores and their actions run (and are tested) in plain Node.
 */

export type Listener = () => void;

/** What a screen may do with a store: read the current snapshot and hear about changes. */
export type ReadableStore<T> = {
  /** The current snapshot. The same object is returned until something changes. */
  get(): T;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
};

/** What actions may do: replace fields of the snapshot. Only actions hold a `Store`. */
export type Store<T extends object> = ReadableStore<T> & {
  /** Shallow-merges `patch` into a new snapshot; notifies only when a field actually changed. */
  set(patch: Partial<T>): void;
  /** Like `set`, computing the patch from the current snapshot. */
  update(producer: (current: T) => Partial<T>): void;
  /** Back to the initial snapshot (e.g. when the case is closed). */
  reset(): void;
};

export function createStore<T extends object>(initial: T): Store<T> {
  let snapshot = initial;
  const listeners = new Set<Listener>();

  const set = (patch: Partial<T>): void => {
    const changed = (Object.keys(patch) as Array<keyof T>).some((key) => !Object.is(patch[key], snapshot[key]));
    if (!changed) {
      return;
    }
    snapshot = { ...snapshot, ...patch };
    // Copy first: a listener that unsubscribes must not make us skip the next one.
    for (const listener of [...listeners]) {
      listener();
    }
  };

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set,
    update: (producer) => set(producer(snapshot)),
    reset: () => set(initial),
  };
}
