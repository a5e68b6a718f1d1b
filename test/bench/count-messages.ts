/**
 * Counts the messages in the bench's input independently of the app, so every tool's
 * messages/s divides the same number: one per file in a maildir or MH folder, one per From_ line
 * in an mbox. Other containers (PST) count as one.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Every regular file at or under `path`, sorted, so runs over the same tree are alike. */
export async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) {
    return [path];
  }
  const out: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) {
      out.push(...(await filesUnder(child)));
    } else if (entry.isFile()) {
      out.push(child);
    }
  }
  return out;
}

async function startsWithFromLine(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    return bytesRead === 5 && head.toString('latin1') === 'From ';
  } finally {
    await handle.close();
  }
}

async function countFromLines(path: string): Promise<number> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'latin1' }), crlfDelay: Infinity });
  let count = 0;
  let previousBlank = true;
  for await (const line of lines) {
    if (previousBlank && line.startsWith('From ')) {
      count += 1;
    }
    previousBlank = line === '';
  }
  return count;
}

export async function countMessages(path: string): Promise<{ files: number; messages: number }> {
  const files = await filesUnder(path);
  let messages = 0;
  for (const file of files) {
    messages += (await startsWithFromLine(file)) ? await countFromLines(file) : 1;
  }
  return { files: files.length, messages };
}
