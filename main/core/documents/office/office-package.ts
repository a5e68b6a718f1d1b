/**
 * An Office Open XML file (DOCX, XLSX, PPTX) opened as the zip it is, through the guarded zip
 * reader: every part is read with a size cap, and all parts together within the document's inflate
 * budget. OpenDocument packages are read through it too, for the same guards; they have no
 * relationships or content types, so only its reads apply to them.
 *
 * A password-protected DOCX, XLSX or PPTX is not a zip at all but an OLE2 compound file holding an
 * "EncryptedPackage" stream; a Word 97 .doc renamed .docx is OLE2 too. Both are named for what
 * they are instead of a zip error.
 */
import { Buffer } from 'node:buffer';
import { ZipArchive, ZipEntryError, ZipOpenError, type ZipEntry } from '../../archive/zip-archive.js';
import { isCompoundFile, isZip } from '../document-format.js';
import { DocumentError, type DocumentLimits } from '../extracted-document.js';
import { attribute, parseXml, XmlError } from '../xml/xml-reader.js';
import { mainPartOf, parseRelationships, relationshipsPathOf, type Relationship } from './relationships.js';

/** Above this ratio of inflated to stored bytes an entry is refused as a bomb (XML reaches 20–100). */
const MAX_RATIO = 1000;

/** "EncryptedPackage" in UTF-16LE, as an OLE2 directory entry names it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** The error for bytes that are not a zip: encrypted Office, an old binary Office file, or neither. */
export function notAZipError(bytes: Uint8Array, what: string): DocumentError {
  if (isCompoundFile(bytes)) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.includes(ENCRYPTED_PACKAGE)) {
      return new DocumentError('encrypted', `encrypted: this ${what} is password-protected (an encrypted OLE2 package); it cannot be read without decrypting it first`);
    }
    return new DocumentError('wrong-format', `not a ${what}: this is an OLE2 compound file (a Word, Excel or PowerPoint 97–2003 file?) with a ${what} name`);
  }
  return new DocumentError('wrong-format', `not a ${what}: the file is not a zip package`);
}

/** A DOCX, XLSX or PPTX package (or an OpenDocument one): guarded reads of its parts, its relationships and content types. */
export class OfficePackage {
  private constructor(
    private readonly zip: ZipArchive,
    private readonly limits: DocumentLimits,
    readonly what: string,
  ) {}

  /** Opens the package; throws DocumentError when it is not a zip or cannot be opened. */
  static async open(bytes: Uint8Array, what: string, limits: DocumentLimits): Promise<OfficePackage> {
    if (!isZip(bytes)) {
      throw notAZipError(bytes, what);
    }
    try {
      const zip = await ZipArchive.open({ bytes }, { totalBytes: limits.maxInflatedBytes, maxRatio: MAX_RATIO });
      return new OfficePackage(zip, limits, what);
    } catch (error) {
      if (error instanceof ZipOpenError) {
        throw new DocumentError('damaged', `the ${what} package is damaged: ${error.message}`);
      }
      throw error;
    }
  }

  /** Every entry of the zip, with the problem that makes it unreadable, if any. */
  get entries(): readonly ZipEntry[] {
    return this.zip.entries;
  }

  /** The readable part at a path (no leading slash), or undefined. Part names are case-insensitive in OPC. */
  find(path: string): ZipEntry | undefined {
    const exact = this.zip.find(path);
    if (exact) {
      return exact;
    }
    const lower = path.toLowerCase();
    return this.zip.entries.find((entry) => entry.path?.toLowerCase() === lower && entry.problem === null && !entry.isDirectory);
  }

  /** A part's bytes, or null when it is absent. Throws DocumentError when it is too big or damaged. */
  async read(path: string): Promise<Uint8Array | null> {
    const entry = this.find(path);
    if (!entry) {
      return null;
    }
    try {
      return await this.zip.read(entry, this.limits.maxPartBytes);
    } catch (error) {
      throw this.partError(path, error);
    }
  }

  /** A part as a bounded stream of bytes, or null when it is absent. */
  async stream(path: string): Promise<AsyncIterable<Uint8Array> | null> {
    const entry = this.find(path);
    if (!entry) {
      return null;
    }
    try {
      return await this.zip.stream(entry, this.limits.maxPartBytes);
    } catch (error) {
      throw this.partError(path, error);
    }
  }

  /** The DocumentError for a part that cannot be read; other errors pass through. */
  partError(path: string, error: unknown): unknown {
    if (error instanceof ZipEntryError) {
      const tooLarge = /more than|past|bomb|inflate/i.test(error.message);
      return new DocumentError(tooLarge ? 'too-large' : 'damaged', `${path} in the ${this.what} cannot be read: ${error.message}`);
    }
    return error;
  }

  /** The relationships of a part ('' for the package's own), or [] when there are none or they are malformed. */
  async relationships(partPath: string): Promise<Relationship[]> {
    const bytes = await this.read(partPath === '' ? '_rels/.rels' : relationshipsPathOf(partPath));
    if (bytes === null) {
      return [];
    }
    try {
      return parseRelationships(bytes, partPath);
    } catch (error) {
      if (error instanceof XmlError) {
        return [];
      }
      throw error;
    }
  }

  /** The main part (word/document.xml, xl/workbook.xml, ppt/presentation.xml) as the package relationships name it, else `usual`. */
  async mainPart(usual: string): Promise<string> {
    return mainPartOf(await this.relationships('')) ?? usual;
  }

  /** The content type [Content_Types].xml declares for a part ('' when it declares none). */
  async contentTypeOf(partPath: string): Promise<string> {
    const bytes = await this.read('[Content_Types].xml');
    if (bytes === null) {
      return '';
    }
    const wanted = `/${partPath}`.toLowerCase();
    const extension = partPath.slice(partPath.lastIndexOf('.') + 1).toLowerCase();
    let override = '';
    let byExtension = '';
    try {
      parseXml(bytes, {
        open: (name, attributes) => {
          if (name === 'Override' && (attribute(attributes, 'PartName') ?? '').toLowerCase() === wanted) {
            override = attribute(attributes, 'ContentType') ?? '';
          } else if (name === 'Default' && (attribute(attributes, 'Extension') ?? '').toLowerCase() === extension) {
            byExtension = attribute(attributes, 'ContentType') ?? '';
          }
        },
      });
    } catch (error) {
      if (!(error instanceof XmlError)) {
        throw error;
      }
    }
    return override || byExtension;
  }

  /** Releases the zip; the package must not be read afterwards. */
  close(): void {
    this.zip.close();
  }
}
