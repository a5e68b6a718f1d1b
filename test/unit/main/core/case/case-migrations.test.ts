import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from '../../../../../main/core/case/case-data.js';
import { CASE_MIGRATIONS, migrateCaseData } from '../../../../../main/core/case/case-migrations.js';
import { AppError } from '../../../../../shared/errors.js';

describe('case.json migrations', () => {
  it('are numbered 1..N without gaps and end at the current schema', () => {
    expect(CASE_MIGRATIONS.map((migration) => migration.version)).toEqual(CASE_MIGRATIONS.map((_, index) => index + 1));
    expect(CASE_MIGRATIONS[CASE_MIGRATIONS.length - 1]?.version).toBe(CASE_SCHEMA_VERSION);
  });

  it('001 upgrades a version-0 file and keeps what it had', () => {
    const { data, migrated } = migrateCaseData({ name: 'Old case', requests: [{ id: 'q_1' }] }, 'case.json');
    expect(migrated).toBe(true);
    expect(data.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(data.name).toBe('Old case');
    expect(data.requests).toEqual([expect.objectContaining({ id: 'q_1', regime: 'us-foia', status: 'received' })]);
    expect(data.codings).toEqual([]);
    expect(data.sources).toEqual([]);
  });

  it('002 gives every source an empty run history', () => {
    const v1 = { schemaVersion: 1, caseId: 'c_1', name: 'x', createdAt: '', sources: [{ id: 's_1', status: 'indexed' }], requests: [], codings: [], packets: [] };
    const { data } = migrateCaseData(v1, 'case.json');
    expect(data.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(data.sources[0]).toMatchObject({ id: 's_1', status: 'indexed', runs: [] });
  });

  it('003 gives every source the neutral read options, and keeps options already there', () => {
    const kept = { timeZone: 'Europe/Paris', dateOrder: 'mdy', chatMapping: null };
    const v2 = { schemaVersion: 2, caseId: 'c_1', name: 'x', createdAt: '', sources: [{ id: 's_1', runs: [] }, { id: 's_2', runs: [], options: kept }], requests: [], codings: [], packets: [] };
    const { data } = migrateCaseData(v2, 'case.json');
    expect(data.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(data.sources.map((source) => source.options)).toEqual([{ timeZone: 'UTC', dateOrder: 'auto', chatMapping: null }, kept]);
  });

  it('004 gives the case an empty list of saved searches', () => {
    const v3 = { schemaVersion: 3, caseId: 'c_1', name: 'x', createdAt: '', sources: [], requests: [], codings: [], packets: [] };
    const { data, migrated } = migrateCaseData(v3, 'case.json');
    expect([data.schemaVersion, data.savedSearches, migrated]).toEqual([CASE_SCHEMA_VERSION, [], true]);
  });

  it('005 gives requests their intake fields and turns codings into release decisions', () => {
    const v4 = {
      schemaVersion: 4,
      caseId: 'c_1',
      name: 'x',
      createdAt: '',
      sources: [],
      requests: [{ id: 'q_1', title: 'Budget', requester: 'Pat', receivedOn: '2024-03-01', createdAt: '' }],
      codings: [
        { requestId: 'q_1', recordId: 'r_1', responsiveness: 'responsive', note: 'on point', updatedAt: 't', updatedBy: 'o' },
        { requestId: 'q_1', recordId: 'r_2', responsiveness: 'not-responsive', note: '', updatedAt: 't', updatedBy: 'o' },
      ],
      packets: [],
      savedSearches: [],
    };
    const { data } = migrateCaseData(v4, 'case.json');
    expect(data.requests[0]).toMatchObject({ id: 'q_1', title: 'Budget', requester: 'Pat', receivedOn: '2024-03-01', trackingNumber: '', track: 'simple', familyRule: 'independent', tolling: [] });
    // A record coded responsive was released in full by the packets of that version.
    expect(data.codings).toEqual([
      { requestId: 'q_1', recordId: 'r_1', decision: 'release-in-full', exemptions: [], basis: { kind: 'direct' }, note: 'on point', updatedAt: 't', updatedBy: 'o' },
      { requestId: 'q_1', recordId: 'r_2', decision: 'not-responsive', exemptions: [], basis: { kind: 'direct' }, note: '', updatedAt: 't', updatedBy: 'o' },
    ]);
    expect([data.redactions, data.batches]).toEqual([[], []]);
  });

  it('006 gives the case an empty gap register and the detectors’ default settings', () => {
    const v5 = { schemaVersion: 5, caseId: 'c_1', name: 'x', createdAt: '', sources: [], requests: [], codings: [], packets: [], savedSearches: [], redactions: [], batches: [] };
    const { data, migrated } = migrateCaseData(v5, 'case.json');
    expect(migrated).toBe(true);
    expect([data.schemaVersion, data.gaps, data.gapReviews, data.gapSettings]).toEqual([CASE_SCHEMA_VERSION, [], [], { officialDomains: [], offRecordLexicon: null }]);
  });

  it('007 gives every source English as its OCR language, and keeps a language already there', () => {
    const v6 = {
      schemaVersion: 6,
      caseId: 'c_1',
      name: 'x',
      createdAt: '',
      sources: [{ id: 's_1', runs: [] }, { id: 's_2', runs: [], ocrLang: 'fra' }, { id: 's_4', runs: [], ocrLang: 'rus' }, { id: 's_5', runs: [], ocrLang: 7 }],
      requests: [],
      codings: [],
      packets: [],
      savedSearches: [],
      redactions: [],
      batches: [],
      gaps: [],
      gapReviews: [],
      gapSettings: { officialDomains: [], offRecordLexicon: null },
    };
    const { data, migrated } = migrateCaseData(v6, 'case.json');
    expect(migrated).toBe(true);
    expect(data.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(data.sources.map((source) => [source.id, source.ocrLang])).toEqual([
      ['s_1', 'eng'],
      ['s_2', 'fra'],
      // Not a language this build reads: English, rather than a value Tesseract would refuse.
      ['s_4', 'eng'],
      ['s_5', 'eng'],
    ]);
    // A version-0 file's sources get there too, step by step.
    expect(migrateCaseData({ sources: [{ id: 's_3' }] }, 'case.json').data.sources[0]).toMatchObject({ id: 's_3', runs: [], ocrLang: 'eng' });
  });

  it('leaves a current file alone', () => {
    const current = {
      schemaVersion: CASE_SCHEMA_VERSION,
      caseId: 'c_1',
      name: 'x',
      createdAt: '',
      sources: [],
      requests: [],
      codings: [],
      packets: [],
      savedSearches: [],
      redactions: [],
      batches: [],
    };
    expect(migrateCaseData(current, 'case.json')).toEqual({ data: current, migrated: false });
  });

  it('refuses a file from a newer version, and non-objects, naming the file', () => {
    expect(() => migrateCaseData({ schemaVersion: 999 }, '/cases/a/case.json')).toThrow(/\/cases\/a\/case.json was written by a newer/);
    try {
      migrateCaseData([1, 2], 'x.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('case-invalid');
    }
  });
});
