/**
 * Document properties from a PDF's info dictionary, falling back to its XMP packet for what the
 * dictionary leaves empty (newer writers fill only XMP; PDF 2.0 deprecates the dictionary).
 */
import { emptyMetadata, type DocumentMetadata } from '../extracted-document.js';
import { pdfDateToIso } from './pdf-date.js';

/** Reads one XMP property ('dc:title', 'xmp:createdate'…); pdf.js gives strings or string arrays. */
export type XmpLookup = (name: string) => unknown;

function text(value: unknown): string {
  if (typeof value === 'string') {
    return value.replace(/\u0000/g, '').trim();
  }
  if (Array.isArray(value)) {
    return value.filter((part): part is string => typeof part === 'string').join('; ').trim();
  }
  return '';
}

/** An XMP date (ISO 8601 with or without a zone) in the same form as pdfDateToIso gives. */
export function xmpDateToIso(value: unknown): string | null {
  const raw = text(value);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(raw);
  if (!match) {
    return null;
  }
  const zone = match[7];
  const pdfStyle = `D:${match[1]}${match[2] ?? ''}${match[3] ?? ''}${match[4] ?? ''}${match[5] ?? ''}${match[6] ?? ''}`;
  if (zone === undefined) {
    return pdfDateToIso(pdfStyle);
  }
  return pdfDateToIso(zone === 'Z' ? `${pdfStyle}Z` : `${pdfStyle}${zone.slice(0, 3)}'${zone.slice(-2)}'`);
}

/** Metadata from pdf.js's `info` record and XMP lookup; `pageCount` from the document. */
export function pdfMetadata(info: Record<string, unknown>, xmp: XmpLookup | null, pageCount: number): DocumentMetadata {
  const fromXmp = (name: string): unknown => (xmp ? xmp(name) : undefined);
  return {
    ...emptyMetadata(),
    title: text(info.Title) || text(fromXmp('dc:title')),
    author: text(info.Author) || text(fromXmp('dc:creator')),
    subject: text(info.Subject) || text(fromXmp('dc:description')),
    keywords: text(info.Keywords) || text(fromXmp('pdf:keywords')) || text(fromXmp('dc:subject')),
    created: pdfDateToIso(info.CreationDate) ?? xmpDateToIso(fromXmp('xmp:createdate')),
    modified: pdfDateToIso(info.ModDate) ?? xmpDateToIso(fromXmp('xmp:modifydate')),
    pageCount,
    application: text(info.Creator) || text(fromXmp('xmp:creatortool')),
    producer: text(info.Producer) || text(fromXmp('pdf:producer')),
  };
}
