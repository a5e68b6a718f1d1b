#!/usr/bin/env node
// `npx foia`: runs the compiled CLI. The build happens on install (`prepare`) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../build/main/cli/main.js', import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write('foia: the app is not built yet; run "npm run build" in the FOIA Workbench folder first.\n');
  process.exit(1);
}
await import(new URL('../build/main/cli/main.js', import.meta.url).href);
