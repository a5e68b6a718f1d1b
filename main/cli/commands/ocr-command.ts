/**
 * `foia ocr`: reads the case's pages that have no text layer (scans, images), in the language
 * given, and says what it read, what failed and what was read with low confidence. A second
 * run goes on where the first stopped.
 */
import type { Client } from '../../../shared/ipc/client.js';
import type { OcrLanguage } from '../../../shared/model/ocr.js';
import { EXIT } from '../exit-codes.js';
import type { CliOutput } from '../output.js';

export type OcrOptions = { lang: OcrLanguage; json: boolean };

export async function ocr(client: Client, options: OcrOptions, output: CliOutput): Promise<number> {
  const result = await client.call('ocr.run', { lang: options.lang });
  if (options.json) {
    output.out(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  }
  output.out(`Read ${result.pagesRead} page(s) with OCR (${result.pagesSkipped} read before); ${result.pagesWaiting} page(s) still without text.\n`);
  for (const error of result.errors) {
    output.out(`  could not read ${error.recordId}, page ${error.page}: ${error.message}\n`);
  }
  for (const low of result.lowConfidence) {
    output.out(`  low confidence (${Math.round(low.meanConfidence)} %): ${low.recordId}, page ${low.page}\n`);
  }
  for (const line of result.unreadable) {
    output.out(`  not read this time: ${line}\n`);
  }
  return EXIT.ok;
}
