/**
 * pdf.js, set up to run inside this thread: the ingest worker is already a worker thread, and it
 * is bundled into one ES module, where pdf.js could not find its worker script by URL. pdf.js
 * looks for `globalThis.pdfjsWorker.WorkerMessageHandler` before it tries to load a worker, and
 * then runs its parser in the same thread (its "fake worker"). Importing the worker module here
 * lets the bundler include it.
 *
 * Also where pdf.js's data files are: character maps (needed for CJK text in PDFs that rely on
 * predefined CMaps) and standard font data. They are files, not code, so they cannot be bundled:
 * the caller may name their folders; otherwise they are looked up beside the pdfjs-dist package.
 */
// First, before pdf.js is evaluated: keep the runtime's own JSON and Array.prototype.push (pdf.js's
// polyfills replace them with slower copies; see native-builtins.ts), and give pdf.js the
// DOMMatrix it needs the moment it is evaluated (see the polyfill's header).
import { restoreNativeBuiltins } from './native-builtins.js';
import './dom-matrix-polyfill.js';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { PdfAssets } from '../extracted-document.js';

restoreNativeBuiltins();

/** The pdf.js module's namespace. */
export type PdfJs = typeof pdfjs;

/** pdf.js, with its parser set to run in this thread. */
export function loadPdfJs(): PdfJs {
  const global = globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } };
  global.pdfjsWorker ??= { WorkerMessageHandler };
  return pdfjs;
}

let packageAssets: PdfAssets | undefined;

/** The cmaps/ and standard_fonts/ folders of the installed pdfjs-dist, or nulls when it cannot be found. */
export function defaultPdfAssets(): PdfAssets {
  if (packageAssets === undefined) {
    packageAssets = { cMapDir: null, standardFontDir: null };
    // The bundled ingest worker carries copies beside itself (scripts/build-worker.mjs): in the
    // packaged app it is unpacked from the asar, away from node_modules.
    const besideBundle = fileURLToPath(new URL('pdfjs/', import.meta.url));
    if (existsSync(join(besideBundle, 'cmaps'))) {
      packageAssets = { cMapDir: join(besideBundle, 'cmaps'), standardFontDir: join(besideBundle, 'standard_fonts') };
      return packageAssets;
    }
    try {
      const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
      const cMapDir = join(root, 'cmaps');
      const standardFontDir = join(root, 'standard_fonts');
      packageAssets = { cMapDir: existsSync(cMapDir) ? cMapDir : null, standardFontDir: existsSync(standardFontDir) ? standardFontDir : null };
    } catch {
      // Packaged without pdfjs-dist beside it: CJK text that needs a predefined CMap may come out empty.
    }
  }
  return packageAssets;
}

/** pdf.js reads these folders by appending file names, so they must end with a separator. */
export function asFolderUrl(folder: string | null): string | undefined {
  if (folder === null) {
    return undefined;
  }
  return folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`;
}

/**
 * What every reading of an untrusted PDF gives pdf.js: its own copy of the bytes (pdf.js may
 * take ownership of the buffer), no evaluated code, no system or browser fonts, no off-screen
 * canvas, nothing fetched beyond the local CMaps and standard fonts, errors only. Callers add
 * what their reading needs (XFA, image limits, decoders).
 */
export function safeDocumentParameters(pdfjs: PdfJs, bytes: Uint8Array, assets: PdfAssets) {
  return {
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: asFolderUrl(assets.cMapDir),
    cMapPacked: true,
    standardFontDataUrl: asFolderUrl(assets.standardFontDir),
    disableAutoFetch: true,
    disableStream: true,
  } satisfies Parameters<PdfJs['getDocument']>[0];
}
