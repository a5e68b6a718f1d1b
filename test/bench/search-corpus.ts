/**
 * What the search suite searches, built once per size and reused: one mbox of exactly N
 * messages made from the Enron maildir, that mbox ingested into a case through the app, and
 * recoll's index of the same mbox. All three live in build/bench-cache/search-<N>-<key>/, where
 * the key covers the generator's code, its options and the index schema version, so a change to
 * any of them builds afresh. A change to the ingest code alone does not: delete the folder then.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { INDEX_SCHEMA_VERSION } from '../../main/core/index/sqlite/index-migrations.js';
import { CASE_FILE, INDEX_FILE } from '../../main/core/case/case-session.js';
import type { RecordKind } from '../../shared/model/record.js';
import { timed } from './bench-kit.js';
import { cacheFolder, cacheKey, cachedArtefact } from './bench-cache.js';
import type { Artefact } from './bench-cache.js';
import { openKeptCase } from './bench-case.js';
import { ENRON_MAILDIR } from './bench-paths.js';
import { buildRecollIndex } from './external/recoll-search.js';
import type { RecollBuild } from './external/recoll-search.js';
import { recollConfig } from './external/recoll-indexer.js';
import type { GeneratedMbox } from './generate-mbox.js';
import { generateInChild } from './generate-mbox-child.js';

/**
 * Every copy is a new record ("[bench copy N]" on its Subject), each Enron message is used once
 * per pass (about 3,000 of the 4,619 files are distinct), and the passes cycle through five
 * year offsets, so the dates spread over 1997–2004 rather than repeating 1999–2002.
 */
export const GENERATION = { distinct: true, uniqueSources: true, yearShifts: [0, 1, -1, 2, -2] } as const;

/** The compiled modules that decide what the mbox holds. */
const GENERATOR_MODULES = ['generate-mbox.js', 'mail-headers.js', 'message-content-key.js', 'shift-mail-date.js', 'count-messages.js'];

export type CaseBuild = {
  /** The sources.add call alone, without opening and closing the case. */
  ingestMs: number;
  recordsAdded: number;
  duplicates: number;
  errors: number;
  warnings: number;
  recordsByKind: Partial<Record<RecordKind, number>>;
};

export type SearchCorpus = {
  folder: string;
  /** Cache folders of older keys that were removed to make room. */
  removed: string[];
  mbox: Artefact<GeneratedMbox>;
  casePath: string;
  indexPath: string;
};

async function searchCacheKey(): Promise<string> {
  const code = await Promise.all(GENERATOR_MODULES.map((name) => readFile(new URL(`./${name}`, import.meta.url), 'utf8')));
  // The index schema is not part of the key: a new schema rebuilds the case (its stamp), not
  // the mbox or recoll's index of it, which take longer and do not depend on it.
  return cacheKey([...code, JSON.stringify(GENERATION)]);
}

async function emptyFolder(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { recursive: true });
}

/** The mbox of `records` messages: generated in a child process, or reused. */
export async function searchMbox(records: number): Promise<SearchCorpus> {
  const { path: folder, removed } = await cacheFolder(`search-${records}`, await searchCacheKey());
  // The mbox sits alone in its folder: recoll indexes that whole folder.
  const mboxFolder = join(folder, 'mbox');
  const mboxPath = join(mboxFolder, `enron-${records}.mbox`);
  const mbox = await cachedArtefact({
    marker: join(folder, 'mbox.done.json'),
    stamp: '',
    present: () => existsSync(mboxPath),
    clear: () => emptyFolder(mboxFolder),
    build: async () => (await generateInChild({ sourceDir: ENRON_MAILDIR, targetPath: mboxPath, targetMessages: records, ...GENERATION })).mbox,
  });
  const casePath = join(folder, 'case');
  return { folder, removed, mbox, casePath, indexPath: join(casePath, INDEX_FILE) };
}

/** The case with the mbox ingested through `sources.add`, or reused; closed again either way. */
export async function searchCase(corpus: SearchCorpus): Promise<Artefact<CaseBuild>> {
  return cachedArtefact({
    marker: join(corpus.folder, 'case.done.json'),
    // A regenerated mbox (same key, an interrupted earlier build) needs a new case too, and so
    // does a new index schema.
    stamp: `${corpus.mbox.builtAt} index-schema-${INDEX_SCHEMA_VERSION}`,
    present: () => existsSync(join(corpus.casePath, CASE_FILE)),
    clear: () => rm(corpus.casePath, { recursive: true, force: true }),
    build: async () => {
      const benchCase = await openKeptCase(corpus.casePath, 'Bench search');
      try {
        const { ms, value: report } = await timed(() =>
          benchCase.client.call('sources.add', { path: corpus.mbox.info.path, custodian: 'Enron (generated)', channel: 'official-email' }),
        );
        const errors = report.errors.filter((error) => error.severity === 'error').length;
        return {
          ingestMs: ms,
          recordsAdded: report.recordsAdded,
          duplicates: report.duplicatesFound,
          errors,
          warnings: report.errors.length - errors,
          recordsByKind: report.run.counts.recordsByKind,
        };
      } finally {
        await benchCase.close();
      }
    },
  });
}

/** recoll's index of the same mbox, in a configuration folder of its own, or reused. */
export async function searchRecollIndex(corpus: SearchCorpus): Promise<{ confDir: string; index: Artefact<RecollBuild> }> {
  const confDir = join(corpus.folder, 'recoll');
  const mboxFolder = join(corpus.folder, 'mbox');
  const index = await cachedArtefact({
    marker: join(corpus.folder, 'recoll.done.json'),
    stamp: `${corpus.mbox.builtAt}\n${recollConfig(mboxFolder)}`,
    present: () => existsSync(join(confDir, 'xapiandb')),
    clear: () => emptyFolder(confDir),
    build: async () => {
      const built = await buildRecollIndex(confDir, mboxFolder);
      // A failed build must not be kept and reused as if it were an index.
      if (built.problem !== null) {
        throw new Error(built.problem);
      }
      return built;
    },
  });
  return { confDir, index };
}
