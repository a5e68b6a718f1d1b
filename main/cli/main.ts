/** The `foia` executable's entry point. */
import { runCli } from './foia-program.js';
import { processOutput } from './output.js';

process.exitCode = await runCli(process.argv.slice(2), processOutput);
