import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../../support/corpus.js';

const run = promisify(execFile);

describe('pdf.js and the runtime’s built-ins', () => {
  // In a fresh process: a test worker may have loaded pdf.js already, without the loader.
  it('leaves JSON.stringify, JSON.parse and Array.prototype.push native after loading pdf.js through the loader', async () => {
    const loader = pathToFileURL(join(REPO_ROOT, 'build', 'main', 'core', 'documents', 'pdf', 'pdfjs-loader.js')).href;
    const raw = pathToFileURL(join(REPO_ROOT, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs')).href;
    // core-js makes its copies print as "[native code]", so identity is what tells them apart.
    const probe = (module: string) =>
      `const own = () => [JSON.stringify, JSON.parse, Array.prototype.push]; const before = own(); await import(${JSON.stringify(module)}); console.log(own().map((f, i) => f === before[i]).join(','));`;
    // Without the loader pdf.js does replace them: the check below can tell.
    const bare = await run(process.execPath, ['--input-type=module', '-e', probe(raw)]);
    expect(bare.stdout.trim()).not.toBe('true,true,true');
    const loaded = await run(process.execPath, ['--input-type=module', '-e', probe(loader)]);
    expect(loaded.stdout.trim()).toBe('true,true,true');
  });
});
