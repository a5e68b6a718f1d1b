/**
 * Runs the OCR suite alone: `node build/test/bench/ocr-main.js` after `npm run build`, the same
 * suite `npm run bench -- ocr` runs once it is registered in bench-args.ts, saved the same way.
 */
import { fileStamp, say, saveResult } from './bench-kit.js';
import { runOcrSuite } from './ocr-suite.js';

const result = await runOcrSuite();
say(`saved   ${await saveResult('ocr', fileStamp(), { plan: { suite: 'ocr' }, ...result })}`);
process.exitCode = result.pass === true ? 0 : 1;
