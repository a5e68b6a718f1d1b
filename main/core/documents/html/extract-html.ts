/**
 * An HTML file: its text as a reader sees it (html-to-text), its title and <meta> properties,
 * and its own markup kept for a sanitised reading view. The encoding is chosen as html-charset.ts
 * explains; a declaration that was not believed is reported.
 */
import { decodeIn } from '../../text/text-decoding.js';
import { htmlToText } from '../../text/html-to-text.js';
import type { DocumentParts } from '../document-parts.js';
import type { DocumentLimits, DocumentProblem } from '../extracted-document.js';
import { encodingProblem } from '../plain/extract-plain-text.js';
import { htmlEncoding } from './html-charset.js';
import { htmlMetadata } from './html-metadata.js';

/** Markup is several times its text; this bounds the markup read to a generous multiple of the text limit. */
const MARKUP_PER_TEXT_CHAR = 4;

function charsetParameter(mimeType: string): string | null {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(mimeType)?.[1] ?? null;
}

/** Reads an HTML document. Never throws for content: any bytes are some text. */
export function extractHtml(bytes: Uint8Array, mimeType: string, limits: DocumentLimits): DocumentParts {
  const problems: DocumentProblem[] = [];
  const chosen = htmlEncoding(bytes, charsetParameter(mimeType));
  if (chosen.note) {
    problems.push({ where: '', message: chosen.note, severity: 'warning' });
  } else if (chosen.basis !== 'declared') {
    const problem = encodingProblem({ text: '', encoding: chosen.encoding, basis: chosen.basis, truncated: false });
    if (problem) {
      problems.push(problem);
    }
  }
  let body = bytes.subarray(chosen.bomLength);
  const maxBytes = limits.maxTextChars * MARKUP_PER_TEXT_CHAR;
  if (body.length > maxBytes) {
    body = body.subarray(0, maxBytes);
    problems.push({ where: '', message: `only the first ${maxBytes} bytes of markup were read (text limit)`, severity: 'warning' });
  }
  const html = decodeIn(body, chosen.encoding);
  return {
    format: 'html',
    body: htmlToText(html),
    pages: [],
    comments: [],
    fields: [],
    html,
    metadata: { ...htmlMetadata(html), encoding: chosen.encoding },
    problems,
  };
}
