/**
 * The OCR languages this build can read, and where their data is. Each language is an npm
 * package (@tesseract.js-data/<code>) installed with the app, so OCR never downloads anything:
 * tesseract.js is always given the package's folder as `langPath`, which makes it read the file
 * with fs instead of fetching it from its CDN (its default when `langPath` is unset).
 *
 * Each package holds two builds of its data: `4.0.0` (the legacy engine and LSTM) and
 * `4.0.0_best_int` (LSTM only, integer weights). Recognition uses the LSTM engine, so it loads
 * the smaller `4.0.0_best_int`; script detection (osd) only exists for the legacy engine, so it
 * loads `osd/4.0.0`.
 *
 * Russian is not on the registry (@tesseract.js-data/rus does not exist), so Cyrillic pages are
 * detected but cannot be read: they fail with `unsupported` rather than being read as Latin.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { OCR_LANGUAGES, type OcrLanguage, type OcrLanguageChoice } from '../../../shared/model/ocr.js';

// The lists live in shared/ so that the UI offers exactly the languages installed here, and a
// source (case.json) can hold a choice: a language, or 'auto' for script detection.
export { OCR_LANGUAGES, type OcrLanguage, type OcrLanguageChoice };

export const DEFAULT_OCR_LANGUAGE: OcrLanguage = 'eng';

/** The script each language is written in, as Tesseract's OSD names scripts. */
const SCRIPT_LANGUAGE: Readonly<Record<string, OcrLanguage>> = {
  Arabic: 'ara',
  Han: 'chi_sim',
};

export function isOcrLanguage(value: string): value is OcrLanguage {
  return (OCR_LANGUAGES as readonly string[]).includes(value);
}

/** Validates a language named by a caller (a source's setting, a CLI flag). */
export function parseOcrLanguage(value: string): OcrLanguageChoice {
  if (value === 'auto' || isOcrLanguage(value)) {
    return value;
  }
  throw new AppError('invalid-args', `OCR language "${value}" is not installed: use one of ${OCR_LANGUAGES.join(', ')} or auto`, { lang: value });
}

/**
 * The language to read a page in, from the script OSD found. Latin script does not say which
 * Latin language, so it keeps `fallback` (the source's language, English by default).
 */
export function languageForScript(script: string | null, fallback: OcrLanguage = DEFAULT_OCR_LANGUAGE): OcrLanguage {
  if (script === null || script === 'Latin' || script === 'Common') {
    return fallback;
  }
  const language = SCRIPT_LANGUAGE[script];
  if (language === undefined) {
    throw new AppError('unsupported', `The page is in ${script} script, and no OCR language for it is installed`, { script });
  }
  return language;
}

/** Where a language's data is, and how tesseract.js is to read it. */
export type LanguageData = {
  /** tesseract.js's name for it. */
  code: OcrLanguage | 'osd';
  /** The folder holding `<code>.traineddata.gz`. */
  folder: string;
  /** True for the legacy engine's data (osd). */
  legacy: boolean;
};

const requireHere = createRequire(import.meta.url);

/** The installed data of `code`; fails with `unsupported` when its package is missing. */
export function languageData(code: OcrLanguage | 'osd'): LanguageData {
  const legacy = code === 'osd';
  let packageFolder: string;
  try {
    packageFolder = dirname(requireHere.resolve(`@tesseract.js-data/${code}/package.json`));
  } catch {
    throw new AppError('unsupported', `The OCR data for "${code}" is not installed (@tesseract.js-data/${code})`, { lang: code });
  }
  const folder = join(packageFolder, legacy ? '4.0.0' : '4.0.0_best_int');
  // tesseract.js crashes its caller's process when a worker fails to initialise (it settles the
  // same job twice), so a missing file must be caught here, before a worker is started.
  if (!existsSync(join(folder, `${code}.traineddata.gz`))) {
    throw new AppError('unsupported', `The OCR data for "${code}" is incomplete: ${code}.traineddata.gz is missing from ${folder}`, { lang: code });
  }
  return { code, folder, legacy };
}
