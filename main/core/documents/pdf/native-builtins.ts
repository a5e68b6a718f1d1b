/**
 * pdf.js's legacy build carries core-js polyfills that replace `JSON.stringify`, `JSON.parse`
 * and `Array.prototype.push` even where the runtime's own are correct (Node 20 and Electron's
 * are). The replacements are written in JavaScript and run 4–11 times slower, for the whole
 * process: every IPC message, case.json write and audit line after the first PDF. This module
 * keeps the runtime's own functions; pdfjs-loader.ts imports it before pdf.js and puts them back
 * once pdf.js is loaded. The functions do the same thing, so pdf.js is unaffected.
 */
const NATIVE = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
};

/** Puts back the runtime's own `JSON.stringify`, `JSON.parse` and `Array.prototype.push`. */
export function restoreNativeBuiltins(): void {
  JSON.stringify = NATIVE.stringify;
  JSON.parse = NATIVE.parse;
  Array.prototype.push = NATIVE.push;
}
