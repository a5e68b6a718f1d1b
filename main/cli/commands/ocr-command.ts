/**
 * `foia ocr`: reads the case's pages that have no text layer (scans, images), each record in its
 * source's language unless `--lang` names one for this run, and says what it read, what failed
 * and what was read with low confidence. `--source-lang ID=LANG` first keeps a source's language
 * in the case (audited, as the OCR panel does). A second run goes on where the first stopped.
 */
import { InvalidArgumentError } from 'commander';
import type { Client } from '../../../shared/ipc/client.js';
import { isOcrLanguageChoice, OCR_LANGUAGE_CHOICE_LABELS, OCR_LANGUAGE_CHOICES, type OcrLanguageChoice } from '../../../shared/model/ocr.js';
import { EXIT } from '../exit-codes.js';
import type { CliOutput } from '../output.js';

export type SourceLanguage = { sourceId: string; lang: OcrLanguageChoice };

export type OcrOptions = { lang?: OcrLanguageChoice; sourceLang: SourceLanguage[]; json: boolean };

/** Reads one `--source-lang` value, `s_1a2b…=fra`, adding it to those given before. */
export function parseSourceLanguage(value: string, previous: SourceLanguage[] = []): SourceLanguage[] {
  const match = /^([^=\s]+)=(\S+)$/.exec(value.trim());
  const lang = match?.[2];
  if (match === null || lang === undefined || !isOcrLanguageChoice(lang)) {
    throw new InvalidArgumentError(`expected SOURCE_ID=LANG with LANG one of ${OCR_LANGUAGE_CHOICES.join(', ')}`);
  }
  return [...previous, { sourceId: match[1] ?? '', lang }];
}

export async function ocr(client: Client, options: OcrOptions, output: CliOutput): Promise<number> {
  for (const { sourceId, lang } of options.sourceLang) {
    await client.call('ocr.setSourceLanguage', { sourceId, lang });
    if (!options.json) {
      output.out(`Source ${sourceId}: OCR language set to ${lang} (${OCR_LANGUAGE_CHOICE_LABELS[lang]}); pages already read keep their text.\n`);
    }
  }
  const result = await client.call('ocr.run', options.lang === undefined ? {} : { lang: options.lang });
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
