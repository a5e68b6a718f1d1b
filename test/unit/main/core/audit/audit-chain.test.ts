import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainLine, splitLogLines, verifyChain } from '../../../../../main/core/audit/audit-chain.js';
import type { AuditEntry } from '../../../../../shared/model/audit.js';

function entry(seq: number, action = 'record.code'): AuditEntry {
  return { seq, at: `2026-01-0${seq}T00:00:00.000Z`, actor: 'officer', action, target: `r_${seq}`, before: null, after: { n: seq } };
}

function buildLog(count: number): string[] {
  const lines: string[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    lines.push(chainLine(entry(seq), lines[lines.length - 1] ?? null));
  }
  return lines;
}

describe('audit hash chain', () => {
  it('verifies an untouched log and reports its head', () => {
    const result = verifyChain(buildLog(5));
    expect(result).toMatchObject({ ok: true, lineCount: 5, firstBadLine: null });
    expect(result.headSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names an edited middle line', () => {
    const lines = buildLog(5);
    lines[2] = (lines[2] ?? '').replace('"n":3', '"n":4');
    expect(verifyChain(lines)).toMatchObject({ ok: false, firstBadLine: 3 });
  });

  it('names an edited line even when its own hash was recomputed', () => {
    const lines = buildLog(5);
    const forged = JSON.parse(lines[1] ?? '{}') as Record<string, unknown>;
    forged['after'] = { n: 99 };
    delete forged['hash'];
    // A forger who recomputes the line's hash still breaks the next line's link.
    forged['hash'] = createHash('sha256').update(JSON.stringify(forged)).digest('hex');
    lines[1] = JSON.stringify(forged);
    expect(verifyChain(lines)).toMatchObject({ ok: false, firstBadLine: 2 });
  });

  it('names an edited last line', () => {
    const lines = buildLog(3);
    lines[2] = (lines[2] ?? '').replace('officer', 'someone');
    expect(verifyChain(lines)).toMatchObject({ ok: false, firstBadLine: 3 });
  });

  it('detects a removed line', () => {
    const lines = buildLog(4);
    lines.splice(1, 1);
    expect(verifyChain(lines)).toMatchObject({ ok: false, firstBadLine: 1 });
  });

  it('detects lines removed from the start', () => {
    const lines = buildLog(4).slice(1);
    expect(verifyChain(lines)).toMatchObject({ ok: false, firstBadLine: 1 });
  });

  it('reports a line that is not JSON', () => {
    const lines = buildLog(3);
    lines[1] = 'garbage';
    expect(verifyChain(lines)).toMatchObject({ ok: false, firstBadLine: 2 });
  });

  it('splits file text without inventing an empty last line', () => {
    expect(splitLogLines('')).toEqual([]);
    expect(splitLogLines('a\nb\n')).toEqual(['a', 'b']);
  });
});
