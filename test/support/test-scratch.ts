/**
 * Temporary folders and open indexes for the tests of one file, released after each test, so a
 * failing assertion never leaves a database open or a folder behind.
 */
import { afterEach } from 'vitest';
import { tempFolder } from './corpus.js';

export type TestScratch = {
  /** A fresh empty folder, removed after the test. */
  folder(): Promise<string>;
  /** Closes `resource` after the test; returns it for chaining. */
  keep<T extends { close(): void }>(resource: T): T;
};

/** Call once at the top of a test file. */
export function useTestScratch(): TestScratch {
  const opened: Array<{ close(): void }> = [];
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const resource of opened.splice(0)) {
      resource.close();
    }
    for (const cleanup of cleanups.splice(0)) {
      await cleanup();
    }
  });
  return {
    async folder() {
      const created = await tempFolder();
      cleanups.push(created.cleanup);
      return created.path;
    },
    keep(resource) {
      opened.push(resource);
      return resource;
    },
  };
}
