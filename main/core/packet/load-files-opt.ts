/**
 * The Opticon OPT image load file: which file shows each Bates-numbered page.
 *
 * Seven comma-separated fields per line: image key (the page's Bates number), volume, path,
 * document break ("Y" on a document's first page), folder break and box break (unused, left
 * empty), page count (on a document's first page). See the Concordance Desktop answer center,
 * "Exporting to Concordance Desktop Viewer" (answercenter.ediscovery.co/…/exporting_to_cnv.htm),
 * and ZyLAB's description of the .OPT file (docs.zylab.com), which give the same layout.
 *
 * The packet's pages are not one image per page but one PDF per document. Two conventions exist
 * for that, and both are offered:
 * - `page` (the default): one line per page, each page's line pointing at its document's PDF.
 *   Every Bates number has a line, so a page cited by number resolves to its file, and loaders
 *   that read page-level OPTs (Veritas eDiscovery's opticon article, supportenterprisevault.cloud.com
 *   article 100012341, shows one line per page) see every page.
 * - `document`: one line per document, keyed by its first Bates number, with its page count; the
 *   form Concordance's own documentation shows for "multiple-page PDF files".
 * Paths are file names relative to the OPT, which sits beside the PDFs.
 *
 * No field may hold a comma (there is no quoting); Bates numbers and file names never do, and
 * the volume is reduced to letters, digits, '_', '.' and '-'. Lines end with CR LF, the last
 * one too. The text is ASCII.
 */
import type { LoadFileDocument } from './load-files.js';

export type OptLines = 'page' | 'document';

export type OptOptions = {
  /** The production volume; '' leaves the field empty (its comma stays). */
  volume: string;
  lines?: OptLines;
};

const LINE_END = '\r\n';

/** A volume name safe in an OPT field. */
export function optVolume(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 64);
}

export function opticonOpt(documents: readonly LoadFileDocument[], options: OptOptions): string {
  const volume = optVolume(options.volume);
  const rows: string[] = [];
  for (const document of documents) {
    const pageCount = document.pageBates.length;
    const pages = options.lines === 'document' ? document.pageBates.slice(0, 1) : document.pageBates;
    pages.forEach((bates, index) => {
      const first = index === 0;
      rows.push([bates, volume, document.fileName, first ? 'Y' : '', '', '', first ? String(pageCount) : ''].join(','));
    });
  }
  return rows.length === 0 ? '' : `${rows.join(LINE_END)}${LINE_END}`;
}
