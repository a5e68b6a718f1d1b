/**
 * A Word document (DOCX): body, footnotes and endnotes through mammoth (also kept as HTML for a
 * reading view, comments included), plus what mammoth leaves out: headers and footers, comment
 * authors, the fact of tracked changes, embedded files, and the properties in docProps.
 *
 * mammoth opens the zip itself (with JSZip), bypassing the guarded zip reader. So every part it
 * may read (all XML and relationship parts) is first read through the guarded reader, which
 * checks real inflated sizes against the caps: a part that would be a bomb fails here, before
 * mammoth inflates it. Images are never read: the HTML gets <img> elements without a source.
 * When mammoth cannot convert a document, or it is too large for mammoth's speed and memory, the
 * runs of the main part are read directly instead, and the officer is told.
 */
import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import type { DocumentParts } from '../document-parts.js';
import { DocumentError, type DocumentComment, type DocumentLimits, type DocumentProblem } from '../extracted-document.js';
import { OfficePackage } from '../office/office-package.js';
import { officeMetadataOrProblem } from '../office/office-properties.js';
import { XmlError } from '../xml/xml-reader.js';
import { textOfMammothHtml } from './mammoth-html.js';
import { trackedChanges, wordComments, wordPartText, type TrackedChanges } from './word-parts.js';

/** Comments become visible in mammoth's HTML only when their references are mapped to an element. */
const STYLE_MAP = ['comment-reference => sup'];

const XML_PART = /\.(xml|rels)$/i;

/** Above this much main-document XML mammoth (about 1 MB/s, holding the whole tree) is not used. */
const MAMMOTH_MAX_BYTES = 32 * 1024 * 1024;

function sentence(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads an optional part; malformed XML there is a problem of that part, not of the document. */
async function readOptional<T>(pkg: OfficePackage, path: string, problems: DocumentProblem[], read: (xml: Uint8Array) => T, fallback: T): Promise<T> {
  try {
    const bytes = await pkg.read(path);
    return bytes === null ? fallback : read(bytes);
  } catch (error) {
    if (error instanceof XmlError) {
      problems.push({ where: path, message: `cannot be read: ${error.message}`, severity: 'error' });
      return fallback;
    }
    throw error;
  }
}

/** The main part's path and bytes; throws when the package is not a Word document or is unsafe. */
async function mainDocument(pkg: OfficePackage, signal?: AbortSignal): Promise<{ mainPath: string; main: Uint8Array }> {
  const mainPath = await pkg.mainPart('word/document.xml');
  const main = await pkg.read(mainPath);
  if (main === null) {
    throw new DocumentError('wrong-format', `not a Word document: the package has no main document part (${mainPath})`);
  }
  const contentType = await pkg.contentTypeOf(mainPath);
  if (contentType !== '' && !/wordprocessingml|ms-word/i.test(contentType)) {
    throw new DocumentError('wrong-format', `not a Word document: its main part ${mainPath} is ${contentType}`);
  }
  const unsafe = pkg.entries.find((entry) => entry.problem !== null && XML_PART.test(entry.name));
  if (unsafe) {
    throw new DocumentError('too-large', `the Word document cannot be read safely: ${unsafe.problem ?? ''}`);
  }
  // Every part mammoth may inflate, once through the guarded reader: see the file header.
  for (const entry of pkg.entries) {
    signal?.throwIfAborted();
    if (entry.path !== null && XML_PART.test(entry.path) && !entry.isDirectory) {
      await pkg.read(entry.path);
    }
  }
  return { mainPath, main };
}

/** Revision counts of the main part, which also proves it well-formed before mammoth sees it. */
function revisionsOf(main: Uint8Array, mainPath: string): TrackedChanges {
  try {
    return trackedChanges(main);
  } catch (error) {
    if (error instanceof XmlError) {
      throw new DocumentError('damaged', `the Word document is damaged: ${mainPath}: ${error.message}`);
    }
    throw error;
  }
}

/** Body text and HTML through mammoth, or the main part's runs when mammoth cannot or should not run. */
async function convert(bytes: Uint8Array, main: Uint8Array, mainPath: string, problems: DocumentProblem[]): Promise<{ body: string; html: string | null }> {
  if (main.length > MAMMOTH_MAX_BYTES) {
    problems.push({ where: mainPath, message: `the document is too large to convert (${main.length} bytes of XML); its text was read directly, without tables or notes`, severity: 'warning' });
    return { body: wordPartText(main), html: null };
  }
  try {
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    for (const entry of converted.messages) {
      if (entry.type === 'error') {
        problems.push({ where: '', message: entry.message, severity: 'error' });
      }
    }
    return { body: textOfMammothHtml(converted.value), html: converted.value };
  } catch (error) {
    // The XML is well-formed (revisionsOf parsed it), so its runs can still be read directly.
    problems.push({ where: '', message: `the document cannot be converted (${message(error)}); its text was read directly, without tables or notes`, severity: 'error' });
    return { body: wordPartText(main), html: null };
  }
}

/** The distinct texts of the headers and footers, in part-name order. */
async function marginTexts(pkg: OfficePackage, problems: DocumentProblem[]): Promise<string[]> {
  const texts: string[] = [];
  const paths = pkg.entries
    .map((entry) => entry.path ?? '')
    .filter((path) => /^word\/(header|footer)\d*\.xml$/i.test(path))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const path of paths) {
    const text = await readOptional(pkg, path, problems, wordPartText, '');
    if (text !== '' && !texts.includes(text)) {
      texts.push(text);
    }
  }
  return texts;
}

/** Warnings for what is in the file but not in the text: deleted revisions and embedded files. */
function leftOutProblems(pkg: OfficePackage, changes: TrackedChanges): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (changes.insertions + changes.deletions + changes.moves > 0) {
    problems.push({
      where: '',
      message: `tracked changes: ${sentence(changes.insertions, 'insertion', 'insertions')}, ${sentence(changes.deletions, 'deletion', 'deletions')}; ` +
        `the text shows them accepted, and ${changes.deletedCharacters} characters of deleted text still in the file are not in it`,
      severity: 'warning',
    });
  }
  const embedded = pkg.entries.filter((entry) => /^word\/embeddings\//i.test(entry.path ?? '') && !entry.isDirectory);
  if (embedded.length > 0) {
    const names = embedded.map((entry) => (entry.path ?? entry.name).replace(/^word\/embeddings\//i, '')).join(', ');
    problems.push({ where: '', message: `${sentence(embedded.length, 'embedded file is', 'embedded files are')} not extracted: ${names}`, severity: 'warning' });
  }
  return problems;
}

/** Extracts a DOCX. Throws DocumentError for encrypted, non-zip, damaged or non-Word files. */
export async function extractDocx(bytes: Uint8Array, limits: DocumentLimits, signal?: AbortSignal): Promise<DocumentParts> {
  const pkg = await OfficePackage.open(bytes, 'Word document', limits);
  try {
    const { mainPath, main } = await mainDocument(pkg, signal);
    const changes = revisionsOf(main, mainPath);
    signal?.throwIfAborted();
    const problems: DocumentProblem[] = [];
    const { body, html } = await convert(bytes, main, mainPath, problems);
    const comments = await readOptional<DocumentComment[]>(pkg, 'word/comments.xml', problems, wordComments, []);
    const margins = await marginTexts(pkg, problems);
    problems.push(...leftOutProblems(pkg, changes));
    const properties = officeMetadataOrProblem(await pkg.read('docProps/core.xml'), await pkg.read('docProps/app.xml'));
    if (properties.problem) {
      problems.push(properties.problem);
    }
    return {
      format: 'docx',
      body: margins.length > 0 ? `${body}\n\nHeaders and footers:\n${margins.join('\n')}` : body,
      pages: [],
      comments,
      fields: [],
      html,
      metadata: properties.metadata,
      problems,
    };
  } finally {
    pkg.close();
  }
}
