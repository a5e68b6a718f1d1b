import { describe, expect, it } from 'vitest';
import { createStore } from '../../../../renderer/state/store.js';

describe('createStore', () => {
  it('merges patches into a new snapshot and notifies listeners', () => {
    const store = createStore({ a: 1, b: 'x' });
    const before = store.get();
    let calls = 0;
    store.subscribe(() => {
      calls += 1;
    });
    store.set({ a: 2 });
    expect(store.get()).toEqual({ a: 2, b: 'x' });
    expect(store.get()).not.toBe(before);
    expect(calls).toBe(1);
  });

  it('keeps the same snapshot and stays quiet when nothing changed', () => {
    const store = createStore({ a: 1 });
    const before = store.get();
    let calls = 0;
    store.subscribe(() => {
      calls += 1;
    });
    store.set({ a: 1 });
    store.update(() => ({}));
    expect(store.get()).toBe(before);
    expect(calls).toBe(0);
  });

  it('stops notifying after unsubscribe, even when unsubscribing during a notification', () => {
    const store = createStore({ a: 0 });
    const seen: string[] = [];
    const stopFirst = store.subscribe(() => {
      seen.push('first');
      stopFirst();
    });
    store.subscribe(() => seen.push('second'));
    store.set({ a: 1 });
    store.set({ a: 2 });
    expect(seen).toEqual(['first', 'second', 'second']);
  });

  it('resets to the initial snapshot', () => {
    const store = createStore({ a: 0, list: [] as number[] });
    store.update((current) => ({ a: current.a + 5, list: [1] }));
    store.reset();
    expect(store.get()).toEqual({ a: 0, list: [] });
  });
});
