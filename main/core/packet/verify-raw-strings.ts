/**
 * Every text string stored in a packet's objects, whether or not a viewer shows it: pdf.js reads
 * what a reader sees (verify-readback.ts), but a PDF can also hold strings in objects no page
 * reaches (orphans a writer left behind), in form or structure dictionaries, in XMP streams, in
 * embedded files. Anyone with a text editor or a PDF library can read those, so the leak check
 * looks at them too.
 *
 * The file is parsed with pdf-lib, which reads every object in the file body and in object
 * streams, reachable or not. Not covered: an earlier revision of an object replaced by an
 * incremental update (pdf-lib keeps the last one; the packet builder never writes incremental
 * updates), and text drawn in content streams, which is the text layer pdf.js reads.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import type { OutsideString } from './verify-readback.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      const code = Number.parseInt(name.slice(2), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    if (name.startsWith('#')) {
      const code = Number.parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text an XMP packet carries: its text nodes and its attribute values (XMP may write a
 * property either way), entities decoded; markup, processing instructions and namespace
 * declarations left out, so that an element name is never taken for content.
 */
export function xmpStrings(xml: string): string[] {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  for (const match of body.matchAll(/>([^<]+)</g)) {
    const text = decodeEntities(match[1] ?? '').trim();
    if (text !== '') {
      found.push(text);
    }
  }
  for (const match of body.matchAll(/\s([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1] ?? '';
    const text = decodeEntities(match[2] ?? match[3] ?? '').trim();
    if (text !== '' && name !== 'xmlns' && !name.startsWith('xmlns:')) {
      found.push(text);
    }
  }
  return found;
}

function collectStrings(object: PDFObject | undefined, out: string[], depth = 0): void {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    const text = object.decodeText();
    if (text.trim() !== '') {
      out.push(text);
    }
  } else if (depth > 32) {
    // Direct objects nest only as deep as the file does; a hostile file could nest without end.
    return;
  } else if (object instanceof PDFDict) {
    for (const [, value] of object.entries()) {
      collectStrings(value, out, depth + 1);
    }
  } else if (object instanceof PDFArray) {
    for (const value of object.asArray()) {
      collectStrings(value, out, depth + 1);
    }
  }
}

function isName(dict: PDFDict, key: string, value: string): boolean {
  return dict.get(PDFName.of(key)) === PDFName.of(value);
}

function decodedText(stream: PDFRawStream): string | null {
  try {
    return new TextDecoder('utf-8').decode(decodePDFRawStream(stream).decode());
  } catch {
    // A filter pdf-lib cannot undo (DCT, JBIG2) holds images, not text.
    return null;
  }
}

/**
 * Strings of every object in `bytes`, as pdf-lib parses them. Resolves to [] when pdf-lib cannot
 * parse the file: pdf.js's read (which must succeed) reports an unreadable packet.
 */
export async function rawPdfStrings(bytes: Uint8Array): Promise<OutsideString[]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return [];
  }
  const found: OutsideString[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    const where = `PDF object ${ref.objectNumber} (not necessarily shown by a viewer, but stored in the file)`;
    const strings: string[] = [];
    if (object instanceof PDFStream) {
      collectStrings(object.dict, strings);
      const dict = object.dict;
      const isXmp = isName(dict, 'Type', 'Metadata') || isName(dict, 'Subtype', 'XML');
      const isFile = isName(dict, 'Type', 'EmbeddedFile');
      if ((isXmp || isFile) && object instanceof PDFRawStream) {
        const text = decodedText(object);
        if (text !== null) {
          strings.push(...(isXmp ? xmpStrings(text) : [text]));
        }
      }
    } else {
      collectStrings(object, strings);
    }
    for (const text of strings) {
      found.push({ place: 'pdf-object', where, text });
    }
  }
  return found;
}
