/**
 * pdfjs-dist ships no types for its worker module; this declares the one export used, which
 * pdf.js's "fake worker" looks for on `globalThis.pdfjsWorker` (see pdfjs-loader.ts).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
