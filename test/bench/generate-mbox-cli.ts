/**
 * `node generate-mbox-cli.js '<options as JSON>'`: generateMbox in a process of its own, printing
 * its result as JSON. The mbox-scale suite runs it this way so the strings and buffers of a 2 GB
 * generation never sit in the process whose memory the ingest is judged by.
 */
import { generateMbox } from './generate-mbox.js';
import type { GenerateMboxOptions } from './generate-mbox.js';

const options = JSON.parse(process.argv[2] ?? '{}') as GenerateMboxOptions;
process.stdout.write(`${JSON.stringify(await generateMbox(options))}\n`);
