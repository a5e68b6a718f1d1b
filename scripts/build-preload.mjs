/**
 * Bundles the Electron preload into one CommonJS file.
 *
 * Why: the window is sandboxed, and a sandboxed preload can `require` only `electron` and a few
 * polyfilled modules, not its neighbours, and cannot be an ES module. So main/electron/preload.ts
 * and what it imports from shared/ are bundled into build/main/electron/preload.cjs (tsc's
 * preload.js beside it is only a by-product of type checking and is never loaded).
 *
 * Fails when the bundle would need anything at run time besides `electron`, because that would
 * only show up as a blank window on launch.
 *
 * Usage: node scripts/build-preload.mjs [--outfile <path>]
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { outfile: { type: 'string', default: resolve(root, 'build/main/electron/preload.cjs') } },
});

const result = await build({
  absWorkingDir: root,
  entryPoints: [resolve(root, 'main/electron/preload.ts')],
  outfile: values.outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});

const outputs = Object.values(result.metafile.outputs).filter((output) => output.entryPoint !== undefined);
const runtimeImports = outputs.flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
const forbidden = [...new Set(runtimeImports)].filter((path) => path !== 'electron');
if (forbidden.length > 0) {
  process.stderr.write(
    `build-preload: the preload would require ${forbidden.join(', ')} at run time; a sandboxed preload can only require 'electron'.\n`,
  );
  process.exit(1);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + (output.entryPoint ? output.bytes : 0), 0);
process.stdout.write(`build-preload: ${relative(root, values.outfile)} (${(bytes / 1024).toFixed(1)} KiB)\n`);
