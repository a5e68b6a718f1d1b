/**
 * The one entry point for document text: give it a file's bytes and what is known of its name and
 * type, get back one result shape for every format (see extracted-document.ts), or null when the
 * file is not a format read here. Readers are loaded on first use, so ingesting mail never loads
 * pdf.js. Nothing here touches the disk, the network or storage: ingest adapters call this and
 * turn the result into records.
 */
import { assertNever } from '../../../shared/errors.js';
import { documentFormatOf } from './document-format.js';
import { composeDocument, type DocumentParts } from './document-parts.js';
import {
  DEFAULT_DOCUMENT_LIMITS,
  type DocumentFormat,
  type DocumentHint,
  type DocumentLimits,
  type DocumentMetadata,
  type ExtractedDocument,
  type ExtractOptions,
} from './extracted-document.js';

function emptyMetadata(): DocumentMetadata {
  return { title: '', author: '', subject: '', keywords: '', lastModifiedBy: '', created: null, modified: null, pageCount: null, application: '', producer: '', encoding: '' };
}

/** Bytes of the head that format detection looks at. */
const HEAD_BYTES = 8192;

async function readParts(format: DocumentFormat, bytes: Uint8Array, hint: DocumentHint, options: ExtractOptions, limits: DocumentLimits): Promise<DocumentParts> {
  switch (format) {
    case 'pdf': {
      const { extractPdf } = await import('./pdf/extract-pdf.js');
      return extractPdf(bytes, { signal: options.signal, passwords: options.passwords ?? [], limits, pdfAssets: options.pdfAssets });
    }
    case 'docx': {
      const { extractDocx } = await import('./docx/extract-docx.js');
      return extractDocx(bytes, limits, options.signal);
    }
    case 'xlsx': {
      const { extractXlsx } = await import('./xlsx/extract-xlsx.js');
      return extractXlsx(bytes, limits, options.signal);
    }
    case 'pptx': {
      const { extractPptx } = await import('./pptx/extract-pptx.js');
      return extractPptx(bytes, limits, options.signal);
    }
    case 'odt':
    case 'ods':
    case 'odp': {
      const { extractOpenDocument } = await import('./odf/extract-open-document.js');
      return extractOpenDocument(bytes, format, limits, options.signal);
    }
    case 'html': {
      const { extractHtml } = await import('./html/extract-html.js');
      return extractHtml(bytes, hint.mimeType, limits);
    }
    case 'rtf': {
      const { extractRtf } = await import('./rtf/extract-rtf.js');
      return extractRtf(bytes);
    }
    case 'text':
    case 'csv':
    case 'markdown': {
      const { extractPlainText } = await import('./plain/extract-plain-text.js');
      return extractPlainText(bytes, format, limits);
    }
    case 'image':
      // No text until OCR: the record is kept with its name, hash and size, and queued.
      return { format, body: '', pages: [], comments: [], fields: [], html: null, metadata: emptyMetadata(), problems: [] };
    default:
      return assertNever(format, 'document format');
  }
}

/**
 * Extracts a document's text, pages, comments, form fields, metadata and problems.
 *
 * Resolves null when the file is not a format read here. Rejects with DocumentError when the whole
 * document cannot be read (encrypted without a working password, damaged, not what its name says,
 * over a size limit), and with the signal's reason when `options.signal` aborts.
 */
export async function extractDocument(bytes: Uint8Array, hint: DocumentHint, options: ExtractOptions = {}): Promise<ExtractedDocument | null> {
  const format = documentFormatOf(hint.fileName, hint.mimeType, bytes.subarray(0, HEAD_BYTES));
  if (format === null) {
    return null;
  }
  options.signal?.throwIfAborted();
  const limits: DocumentLimits = { ...DEFAULT_DOCUMENT_LIMITS, ...options.limits };
  const parts = await readParts(format, bytes, hint, options, limits);
  options.signal?.throwIfAborted();
  return composeDocument(parts, limits);
}

/** Re-exported so that callers need only this module: the format sniffer, the error, the default limits and the result types. */
export { documentFormatOf } from './document-format.js';
export { DocumentError, DEFAULT_DOCUMENT_LIMITS } from './extracted-document.js';
export type {
  DocumentComment, DocumentErrorReason, DocumentField, DocumentFormat, DocumentHint, DocumentLimits, DocumentMetadata, DocumentPage,
  DocumentProblem, ExtractedDocument, ExtractOptions, PdfAssets,
} from './extracted-document.js';
