import { describe, expect, it } from 'vitest';
import type { SourceFileState } from '../../../../../main/core/index/record-index.js';
import { planIngest } from '../../../../../main/core/ingest/ingest-plan.js';

const entry = (relativePath: string, size = 10, mtimeMs = 1000) => ({ absolutePath: `/src/${relativePath}`, relativePath, size, mtimeMs });
const state = (path: string, overrides: Partial<SourceFileState> = {}): SourceFileState => ({
  sourceId: 's_1',
  path,
  size: 10,
  mtimeMs: 1000,
  sha256: 'a'.repeat(64),
  state: 'done',
  resume: '',
  ...overrides,
});

describe('planIngest', () => {
  it('reads everything of a new source', () => {
    const plan = planIngest([entry('a'), entry('b')], []);
    expect(plan.toRead.map((file) => [file.relativePath, file.action])).toEqual([['a', 'new'], ['b', 'new']]);
  });

  it('skips unchanged files, re-reads changed ones, continues partial ones, retries failed ones and forgets removed ones', () => {
    const plan = planIngest(
      [entry('same'), entry('bigger', 11), entry('touched', 10, 2000), entry('partial'), entry('failed'), entry('fresh')],
      [
        state('same'),
        state('bigger'),
        state('touched'),
        state('partial', { state: 'partial', resume: '4096' }),
        state('failed', { state: 'failed', resume: '12' }),
        state('gone'),
      ],
    );
    expect(plan.unchanged.map((file) => file.relativePath)).toEqual(['same']);
    expect(plan.toRead.map((file) => [file.relativePath, file.action, file.resume])).toEqual([
      ['bigger', 'changed', ''],
      ['touched', 'changed', ''],
      ['partial', 'resume', '4096'],
      ['failed', 'resume', ''],
      ['fresh', 'new', ''],
    ]);
    expect(plan.removed).toEqual(['gone']);
  });
});
