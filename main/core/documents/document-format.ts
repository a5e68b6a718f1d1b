/**
 * Which reader a file goes to, from its first bytes, its name and its declared type. The bytes
 * win where they are unambiguous (%PDF, {\rtf, an OpenDocument zip whose first entry names its
 * type); other zips and OLE2 containers need the name or the type to say which Office format they
 * claim to be. A name that claims a format the bytes deny is still sent to that reader, so that
 * the officer is told "not a PDF" rather than nothing.
 */
import type { DocumentFormat } from './extracted-document.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const EXTENSIONS: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx', docm: 'docx', dotx: 'docx', dotm: 'docx',
  xlsx: 'xlsx', xlsm: 'xlsx', xltx: 'xlsx', xltm: 'xlsx',
  pptx: 'pptx', pptm: 'pptx', potx: 'pptx', potm: 'pptx', ppsx: 'pptx', ppsm: 'pptx',
  odt: 'odt', ott: 'odt', ods: 'ods', ots: 'ods', odp: 'odp', otp: 'odp',
  htm: 'html', html: 'html', xhtml: 'html', xht: 'html',
  txt: 'text', text: 'text', log: 'text',
  csv: 'csv', tsv: 'csv', tab: 'csv',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  rtf: 'rtf',
  // Scans and photos: text comes from OCR after ingest. By name only, so a damaged image is still
  // a record (OCR names what is wrong with it) rather than a file no reader knows.
  png: 'image', jpg: 'image', jpeg: 'image', tif: 'image', tiff: 'image', webp: 'image', gif: 'image',
};

const MIME_TYPES: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-word.document.macroenabled.12': 'docx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-excel.sheet.macroenabled.12': 'xlsx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.ms-powerpoint.presentation.macroenabled.12': 'pptx',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow': 'pptx',
  'application/vnd.ms-powerpoint.slideshow.macroenabled.12': 'pptx',
  'application/vnd.openxmlformats-officedocument.presentationml.template': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.text-template': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.spreadsheet-template': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.presentation-template': 'odp',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/csv': 'csv',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/tiff': 'image',
  'image/webp': 'image',
  'image/gif': 'image',
};

/** True when the bytes start an OLE2 compound file (Word 97 .doc, and password-encrypted OOXML). */
export function isCompoundFile(head: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, index) => head[index] === byte);
}

/** True when the bytes start a zip archive (a local header, or the end record of an empty one). */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** Legacy binary Office files by extension: OLE2 containers no reader here opens. */
const LEGACY_OFFICE: Record<string, string> = {
  doc: 'Word 97–2003 document', dot: 'Word 97–2003 template',
  xls: 'Excel 97–2003 workbook', xlt: 'Excel 97–2003 template',
  ppt: 'PowerPoint 97–2003 presentation', pps: 'PowerPoint 97–2003 slide show', pot: 'PowerPoint 97–2003 template',
};

/**
 * The OpenDocument format a package's `mimetype` entry names, or null. ODF requires that entry to
 * be first and stored uncompressed, so its text sits right after the first local header: a
 * name-independent signature, like %PDF. Master documents and web pages are text documents.
 */
export function openDocumentFormatOf(mimeType: string): 'odt' | 'ods' | 'odp' | null {
  const match = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)(-template|-master|-master-template|-web)?$/.exec(mimeType.trim());
  return match?.[1] === 'text' ? 'odt' : match?.[1] === 'spreadsheet' ? 'ods' : match?.[1] === 'presentation' ? 'odp' : null;
}

/** The OpenDocument format a zip's head declares in its leading `mimetype` entry, or null. */
function sniffOpenDocument(head: Uint8Array): 'odt' | 'ods' | 'odp' | null {
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) || head.length < 38) {
    return null;
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const method = view.getUint16(8, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (method !== 0 || nameLength !== 8 || !startsWithAscii(head, 'mimetype', 30)) {
    return null;
  }
  const start = 30 + nameLength + extraLength;
  // Up to the next local header: a data descriptor may leave the header's size at zero.
  const text = new TextDecoder('latin1').decode(head.subarray(start, start + 100));
  return openDocumentFormatOf(/^[a-z0-9.+\/-]*/.exec(text)?.[0] ?? '');
}

function startsWithAscii(head: Uint8Array, text: string, from = 0): boolean {
  for (let i = 0; i < text.length; i++) {
    if (head[from + i] !== text.charCodeAt(i)) {
      return false;
    }
  }
  return true;
}

/** %PDF- at the start, or (as readers tolerate) after up to a kilobyte of junk when the name agrees. */
function hasPdfHeader(head: Uint8Array, claimed: DocumentFormat | null): boolean {
  if (startsWithAscii(head, '%PDF-')) {
    return true;
  }
  return (claimed === null || claimed === 'pdf') && new TextDecoder('latin1').decode(head.subarray(0, 1024)).includes('%PDF-');
}

function isRtf(head: Uint8Array): boolean {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return startsWithAscii(head, '{\\rtf', start);
}

/** True when the start of a text file is an HTML document (a doctype or an <html> tag after any BOM and spaces). */
function looksLikeHtml(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 512)).replace(/^(\xef\xbb\xbf|\s)+/, '').toLowerCase();
  return text.startsWith('<!doctype html') || text.startsWith('<html');
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function mimeOf(mimeType: string): string {
  return mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The format to read a file as, or null when it is not one this module reads (a .doc, an image,
 * a zip that claims nothing). `head` is the file's first bytes: a few kilobytes are enough.
 */
export function documentFormatOf(fileName: string, mimeType: string, head: Uint8Array): DocumentFormat | null {
  const claimed = EXTENSIONS[extensionOf(fileName)] ?? MIME_TYPES[mimeOf(mimeType)] ?? null;
  const openDocument = sniffOpenDocument(head);
  if (openDocument !== null) {
    return openDocument;
  }
  if (hasPdfHeader(head, claimed)) {
    return 'pdf';
  }
  if (isRtf(head)) {
    return 'rtf';
  }
  if (claimed !== null) {
    return claimed;
  }
  // Only the name or type tells a DOCX from an XLSX or a PPTX, or any of them from another zip or a .doc file.
  return !isZip(head) && !isCompoundFile(head) && looksLikeHtml(head) ? 'html' : null;
}

/**
 * What a legacy binary Office file is ('Excel 97–2003 workbook (.xls)') when the name says .doc,
 * .xls, .ppt or a sibling and the bytes are an OLE2 container; null otherwise. These are not read
 * here: the name lets the ingest report say what the file is instead of "not recognised".
 */
export function legacyOfficeKindOf(fileName: string, head: Uint8Array): string | null {
  const extension = extensionOf(fileName);
  const kind = LEGACY_OFFICE[extension];
  return kind !== undefined && isCompoundFile(head) ? `${kind} (.${extension})` : null;
}
