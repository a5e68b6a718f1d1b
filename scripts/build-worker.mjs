/**
 * Bundles the ingest worker thread into one ES module, build/workers/ingest-worker.mjs.
 *
 * Why: a worker thread loads its script from a plain file. One self-contained file loads the same
 * way from the repository, from the test suite (which runs the TypeScript sources and so cannot
 * hand a .ts file to a worker) and from the packaged app, where it is unpacked from the asar.
 * It may import Node's built-ins and nothing else at run time; pdf.js's data files are copied
 * beside it.
 *
 * Usage: node scripts/build-worker.mjs
 */
import { cpSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = resolve(root, 'build/workers/ingest-worker.mjs');

const result = await build({
  absWorkingDir: root,
  entryPoints: [resolve(root, 'main/core/ingest/worker/ingest-worker.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  // Some bundled CommonJS packages call require() for Node built-ins; give the ES module one.
  banner: { js: "import { createRequire as __foiaCreateRequire } from 'node:module'; const require = __foiaCreateRequire(import.meta.url);" },
});

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const outputs = Object.values(result.metafile.outputs).filter((output) => output.entryPoint !== undefined);
const external = outputs.flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
const forbidden = [...new Set(external)].filter((path) => !builtins.has(path));
if (forbidden.length > 0) {
  process.stderr.write(`build-worker: the worker would import ${forbidden.join(', ')} at run time; it must be self-contained.\n`);
  process.exit(1);
}
// pdf.js reads its character maps and standard fonts from files at run time; the worker finds
// these copies beside itself (main/core/documents/pdf/pdfjs-loader.ts), in the repository and
// unpacked from the asar alike.
for (const folder of ['cmaps', 'standard_fonts']) {
  cpSync(resolve(root, 'node_modules/pdfjs-dist', folder), resolve(root, 'build/workers/pdfjs', folder), { recursive: true });
}
const bytes = outputs.reduce((sum, output) => sum + output.bytes, 0);
process.stdout.write(`build-worker: ${relative(root, outfile)} (${(bytes / 1024).toFixed(1)} KiB)\n`);
