import { describe, expect, it } from 'vitest';
import { SOURCE_STATUSES } from '../../../../shared/model/case.js';
import { isResumable, lastRun, sourceStatusHint, sourceStatusLabel, sourceStatusTone } from '../../../../renderer/state/source-status.js';
import { run, source } from './fixtures.js';

describe('source status', () => {
  it('labels, explains and tones every status', () => {
    expect(SOURCE_STATUSES.map(sourceStatusLabel)).toEqual(['Ingesting', 'Indexed', 'Partly indexed', 'Interrupted', 'Cancelled']);
    for (const status of SOURCE_STATUSES) {
      expect(sourceStatusHint(status).length).toBeGreaterThan(0);
    }
    expect(sourceStatusTone('indexed')).toBe('ok');
    expect(sourceStatusTone('interrupted')).toBe('warn');
  });

  it('offers Resume only for an unfinished ingest', () => {
    expect(SOURCE_STATUSES.filter((status) => isResumable({ status }))).toEqual(['interrupted', 'cancelled']);
  });

  it('finds the latest run (runs are kept oldest first)', () => {
    expect(lastRun(source('s_00000001', { runs: [run('job_1'), run('job_2')] }))?.jobId).toBe('job_2');
    expect(lastRun(source('s_00000001', { runs: [] }))).toBeNull();
  });
});
