/**
 * Runs another program as a whole process and times it from spawn to exit inside this process:
 * the external indexers, measured the same way as our own ingest (wall clock, one run), and the
 * mbox generator.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type ProcessRun = {
  exitCode: number | null;
  signal: string | null;
  ms: number;
  /**
   * The child's own VmHWM, sampled every 50 ms while it runs: its helper processes are not
   * counted, and a peak in the last 50 ms can be missed. Null where /proc is not available.
   */
  peakRssBytes: number | null;
  stdout: string;
  /** The end of what it printed on stderr, for a failure message. */
  stderrTail: string;
};

const SAMPLE_MS = 50;
const MAX_KEPT = 64 * 1024;

function childPeak(pid: number | undefined): number | null {
  if (pid === undefined) {
    return null;
  }
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/** Keeps the first `MAX_KEPT` characters of stdout (counts and query results are short). */
export function runTimed(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    const sample = (): void => {
      const now = childPeak(child.pid);
      if (now !== null) {
        peak = Math.max(peak ?? 0, now);
      }
    };
    const sampler = setInterval(sample, SAMPLE_MS);
    // If the bench is interrupted, its child must not go on writing into a deleted temp folder.
    const killChild = (): void => {
      child.kill();
    };
    process.on('exit', killChild);
    const done = (): void => {
      clearInterval(sampler);
      process.off('exit', killChild);
    };
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (stdout.length < MAX_KEPT) {
        stdout += text;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-MAX_KEPT);
    });
    child.on('error', (error) => {
      done();
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      done();
      resolve({ exitCode, signal, ms: performance.now() - start, peakRssBytes: peak, stdout, stderrTail: stderr.slice(-2000) });
    });
  });
}

/** A one-line reason a run failed, or null when it exited 0. */
export function failureOf(name: string, run: ProcessRun): string | null {
  if (run.exitCode === 0) {
    return null;
  }
  const how = run.signal === null ? `exit code ${run.exitCode}` : `signal ${run.signal}`;
  const lastLine = run.stderrTail.trim().split('\n').at(-1) ?? '';
  return `${name} failed (${how})${lastLine === '' ? '' : `: ${lastLine}`}`;
}
