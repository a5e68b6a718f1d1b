/**
 * `audit.jsonl`: the case's append-only chain of custody. Every change a user makes is appended
 * here before the call returns; `verify` re-reads the file and checks the chain.
 */
import { appendFile, open, readFile } from 'node:fs/promises';
import type { AuditEntry, AuditVerification } from '../../../shared/model/audit.js';
import { chainLine, splitLogLines, verifyChain } from './audit-chain.js';

export type AuditRecordInput = Omit<AuditEntry, 'seq' | 'at' | 'actor'>;

export class AuditLog {
  private lastLine: string | null;
  private seq: number;
  /** Appends are serialised so two concurrent changes never interleave or fork the chain. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly actor: string,
    private readonly clock: () => Date,
    lines: string[],
  ) {
    this.lastLine = lines[lines.length - 1] ?? null;
    this.seq = lines.length;
  }

  static async open(path: string, actor: string, clock: () => Date): Promise<AuditLog> {
    const handle = await open(path, 'a+');
    await handle.close();
    const text = await readFile(path, 'utf8');
    if (text.length > 0 && !text.endsWith('\n')) {
      // A crash cut the last append short. Never glue a new line onto it: end it, so verify
      // names that one line and every later line still chains.
      await appendFile(path, '\n', { encoding: 'utf8', flush: true });
      return new AuditLog(path, actor, clock, splitLogLines(`${text}\n`));
    }
    return new AuditLog(path, actor, clock, splitLogLines(text));
  }

  record(input: AuditRecordInput): Promise<AuditEntry> {
    const next = this.queue.then(async () => {
      const entry: AuditEntry = {
        seq: this.seq + 1,
        at: this.clock().toISOString(),
        actor: this.actor,
        ...input,
      };
      const line = chainLine(entry, this.lastLine);
      await appendFile(this.path, `${line}\n`, { encoding: 'utf8', flush: true });
      this.lastLine = line;
      this.seq = entry.seq;
      return entry;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async verify(): Promise<AuditVerification> {
    await this.queue;
    return verifyAuditFile(this.path);
  }
}

export async function verifyAuditFile(path: string): Promise<AuditVerification> {
  const text = await readFile(path, 'utf8');
  return verifyChain(splitLogLines(text));
}
