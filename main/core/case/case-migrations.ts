/**
 * Numbered migrations of `case.json`. A case written by an older version is upgraded step by
 * step on open; a case written by a newer version is refused rather than silently damaged.
 * Each migration is pure (old object in, new object out) and has its own test.
 */
import { AppError } from '../../../shared/errors.js';
import { CASE_SCHEMA_VERSION } from './case-data.js';
import type { CaseData } from './case-data.js';
import { DEFAULT_GAP_SETTINGS } from '../../../shared/model/gap.js';
import { DEFAULT_OCR_LANGUAGE_CHOICE, isOcrLanguageChoice } from '../../../shared/model/ocr.js';
import { DEFAULT_INTAKE } from '../../../shared/model/request.js';

export type CaseMigration = {
  version: number;
  name: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
};

export const CASE_MIGRATIONS: readonly CaseMigration[] = [
  {
    version: 1,
    name: '001-initial',
    up: (data) => ({
      caseId: '',
      name: 'Untitled case',
      createdAt: new Date(0).toISOString(),
      ...data,
      sources: Array.isArray(data['sources']) ? data['sources'] : [],
      requests: Array.isArray(data['requests']) ? data['requests'] : [],
      codings: Array.isArray(data['codings']) ? data['codings'] : [],
      packets: Array.isArray(data['packets']) ? data['packets'] : [],
      schemaVersion: 1,
    }),
  },
  {
    version: 2,
    name: '002-source-runs',
    // Sources gain their run history; version 1 recorded none.
    up: (data) => ({
      ...data,
      sources: (Array.isArray(data['sources']) ? (data['sources'] as Array<Record<string, unknown>>) : []).map((source) => ({
        ...source,
        runs: Array.isArray(source['runs']) ? source['runs'] : [],
      })),
      schemaVersion: 2,
    }),
  },
  {
    version: 3,
    name: '003-source-read-options',
    // Sources gain the options chat readers need; earlier sources held mail and files, read in UTC.
    up: (data) => ({
      ...data,
      sources: (Array.isArray(data['sources']) ? (data['sources'] as Array<Record<string, unknown>>) : []).map((source) => ({
        ...source,
        options: source['options'] ?? { timeZone: 'UTC', dateOrder: 'auto', chatMapping: null },
      })),
      schemaVersion: 3,
    }),
  },
  {
    version: 4,
    name: '004-saved-searches',
    // Requests gain saved searches with their run history; none existed before.
    up: (data) => ({
      ...data,
      savedSearches: Array.isArray(data['savedSearches']) ? data['savedSearches'] : [],
      schemaVersion: 4,
    }),
  },
  {
    version: 5,
    name: '005-review-workspace',
    // Requests gain their intake fields and review rules; codings become release decisions with
    // exemptions; redactions and review batches start empty. A record coded "responsive" before
    // was released in full by the packets of that version, so that is the decision it keeps.
    up: (data) => ({
      ...data,
      requests: arrayOf(data['requests']).map((request) => ({ ...DEFAULT_INTAKE, ...request })),
      codings: arrayOf(data['codings']).map(({ responsiveness, ...coding }) => ({
        decision: responsiveness === 'not-responsive' ? 'not-responsive' : 'release-in-full',
        exemptions: [],
        basis: { kind: 'direct' },
        ...coding,
      })),
      redactions: arrayOf(data['redactions']),
      batches: arrayOf(data['batches']),
      schemaVersion: 5,
    }),
  },
  {
    version: 6,
    name: '006-gap-register',
    // The gap register starts empty; the detectors start from their defaults.
    up: (data) => ({
      ...data,
      gaps: arrayOf(data['gaps']),
      gapReviews: arrayOf(data['gapReviews']),
      gapSettings: data['gapSettings'] ?? DEFAULT_GAP_SETTINGS,
      schemaVersion: 6,
    }),
  },
  {
    version: 7,
    name: '007-source-ocr-language',
    // Sources gain the language OCR reads them in; runs before this one chose it per run, in
    // English unless told otherwise, so English is what the sources keep.
    up: (data) => ({
      ...data,
      // A value already there is kept only if it is a language this build reads.
      sources: arrayOf(data['sources']).map((source) => {
        const kept = source['ocrLang'];
        return { ...source, ocrLang: typeof kept === 'string' && isOcrLanguageChoice(kept) ? kept : DEFAULT_OCR_LANGUAGE_CHOICE };
      }),
      schemaVersion: 7,
    }),
  },
];

function arrayOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}

/** Upgrades raw parsed JSON to the current schema. Throws `case-invalid` for unusable input. */
export function migrateCaseData(raw: unknown, fileLabel: string): { data: CaseData; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('case-invalid', `${fileLabel} does not hold a JSON object`);
  }
  let data = raw as Record<string, unknown>;
  const found = typeof data['schemaVersion'] === 'number' ? data['schemaVersion'] : 0;
  if (!Number.isInteger(found) || found < 0) {
    throw new AppError('case-invalid', `${fileLabel} has an invalid schemaVersion`);
  }
  if (found > CASE_SCHEMA_VERSION) {
    throw new AppError(
      'case-invalid',
      `${fileLabel} was written by a newer FOIA Workbench (schema ${found}; this version reads up to ${CASE_SCHEMA_VERSION})`,
    );
  }
  for (const migration of CASE_MIGRATIONS) {
    if (migration.version > found) {
      data = migration.up(data);
    }
  }
  return { data: data as CaseData, migrated: found !== CASE_SCHEMA_VERSION };
}
