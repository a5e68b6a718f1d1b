import { describe, expect, it } from 'vitest';
import { formatByteProgress, formatRate, formatTimeLeft, phaseLabel, progressView } from '../../../../renderer/state/ingest-progress-view.js';
import { progress } from './fixtures.js';

const MB = 1024 * 1024;

describe('ingest progress view', () => {
  it('names every phase, linking replies as "Linking conversations"', () => {
    expect(phaseLabel('scanning')).toBe('Scanning files');
    expect(phaseLabel('indexing')).toBe('Indexing');
    expect(phaseLabel('threading')).toBe('Linking conversations');
    expect(phaseLabel('done')).toBe('Finishing');
  });

  it('shows bytes read of the total in one unit, KB for small sources', () => {
    expect(formatByteProgress(12.34 * MB, 456.7 * MB)).toBe('12.3 MB of 456.7 MB read');
    expect(formatByteProgress(0, 2 * 1024 * MB)).toBe('0.0 MB of 2,048.0 MB read');
    expect(formatByteProgress(1024, 4096)).toBe('1.0 KB of 4.0 KB read');
  });

  it('gives the rate from the elapsed time, and nothing while too early', () => {
    expect(formatRate(10 * MB, 300, 2000)).toBe('5.0 MB/s · 150 items/s');
    expect(formatRate(MB, 3, 2000)).toBe('0.5 MB/s · 1.5 items/s');
    expect(formatRate(MB, 3, 400)).toBeNull();
    expect(formatRate(MB, 3, Number.NaN)).toBeNull();
  });

  it('rounds the time left to what a person would say', () => {
    expect(formatTimeLeft(null)).toBeNull();
    expect(formatTimeLeft(-5)).toBeNull();
    expect(formatTimeLeft(4000)).toBe('a few seconds left');
    expect(formatTimeLeft(45_000)).toBe('less than a minute left');
    expect(formatTimeLeft(130_000)).toBe('about 2 min left');
    expect(formatTimeLeft(60 * 60_000)).toBe('about 1 h left');
    expect(formatTimeLeft(95 * 60_000)).toBe('about 1 h 35 min left');
  });

  it('while indexing: a bar by bytes, counts, rate and time left', () => {
    const view = progressView(progress('job_1', { bytesDone: 2 * MB, bytesTotal: 8 * MB, itemsRead: 40, recordsIndexed: 52, errors: 1, elapsedMs: 4000, etaMs: 130_000 }));
    expect(view).toEqual({
      phase: 'Indexing',
      bar: { value: 2 * MB, max: 8 * MB },
      bytes: '2.0 MB of 8.0 MB read',
      items: '40 items read',
      records: '52 records indexed',
      files: '1 of 4 files',
      errors: '1 error',
      rate: '0.5 MB/s · 10 items/s',
      timeLeft: 'about 2 min left',
      currentFile: 'a.eml',
    });
  });

  it('claims no percentage while scanning or linking conversations, and no estimate it lacks', () => {
    const scanning = progressView(progress('job_1', { phase: 'scanning', filesTotal: 0, bytesTotal: 0, bytesDone: 0, etaMs: null }));
    expect(scanning).toMatchObject({ phase: 'Scanning files', bar: null, bytes: null, files: null, rate: null, timeLeft: null });
    const linking = progressView(progress('job_1', { phase: 'threading', bytesDone: 4096, bytesTotal: 4096, etaMs: 0 }));
    expect(linking).toMatchObject({ phase: 'Linking conversations', bar: null, bytes: '4.0 KB of 4.0 KB read', timeLeft: null, rate: null });
    const noEstimate = progressView(progress('job_1', { etaMs: null }));
    expect(noEstimate.timeLeft).toBeNull();
  });

  it('never draws a bar past its end', () => {
    expect(progressView(progress('job_1', { bytesDone: 5000, bytesTotal: 4096 })).bar).toEqual({ value: 4096, max: 4096 });
  });
});
