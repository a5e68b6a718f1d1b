/**
 * OpenDocument files (ODT, ODS, ODP and their templates), read without an office suite: the
 * package is a zip read through the guarded reader, its `mimetype` entry (or manifest) says which
 * of the three it really is, whatever its name claims.
 * - Text: content.xml's paragraphs, headings, lists and tables; footnotes and endnotes listed
 *   after the body; headers and footers from styles.xml; comments with their authors.
 * - Spreadsheet: one block per sheet, as for XLSX, with cell comments at their cells.
 * - Presentation: one block per slide with its speaker notes, as for PPTX.
 * Embedded charts, spreadsheets and texts (an "Object 1/" folder with its own content.xml) are
 * read after the body; formulas and OLE objects are named in a warning. Filled-in form controls
 * are form fields; meta.xml gives the properties.
 *
 * A password-protected ODF file is a zip of ciphertext whose manifest lists encryption data: it is
 * refused as encrypted before any part is parsed, never read as garbage. Bounded like the Office
 * readers: part sizes, the inflate budget, `maxTextChars` and `maxCells`; reaching a bound is a
 * warning and what was read is kept.
 */
import type { DocumentParts } from '../document-parts.js';
import { openDocumentFormatOf } from '../document-format.js';
import { DocumentError, type DocumentComment, type DocumentField, type DocumentLimits, type DocumentProblem } from '../extracted-document.js';
import { OfficePackage } from '../office/office-package.js';
import { XmlError } from '../xml/xml-reader.js';
import { parseManifest, type OdfManifest } from './odf-manifest.js';
import { openDocumentMetadataOrProblem } from './odf-meta.js';
import { readOdfContent, type OdfNote, type TrackedChangeCounts } from './odf-text-content.js';
import { readPageMargins } from './page-margins.js';
import { readSpreadsheetContent } from './spreadsheet-content.js';
import type { TextBudget } from './text-flow.js';

export type OpenDocumentFormat = 'odt' | 'ods' | 'odp';

const WHAT: Record<OpenDocumentFormat, string> = { odt: 'OpenDocument text', ods: 'OpenDocument spreadsheet', odp: 'OpenDocument presentation' };

/** What reading one content part gave, whichever reader read it. */
type ContentResult = {
  body: string;
  comments: DocumentComment[];
  notes: OdfNote[];
  fields: DocumentField[];
  objects: string[];
  margins: string[];
  changes: TrackedChangeCounts | null;
  slideCount: number;
  cellsStopped: boolean;
  damage: string | null;
};

type Reading = { pkg: OfficePackage; budget: TextBudget; cells: { cells: number }; maxSlides: number; stop: () => boolean; problems: DocumentProblem[] };

function sentence(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

async function readManifest(pkg: OfficePackage, problems: DocumentProblem[]): Promise<OdfManifest | null> {
  const bytes = await pkg.read('META-INF/manifest.xml');
  if (bytes === null) {
    return null;
  }
  try {
    return parseManifest(bytes);
  } catch (error) {
    if (error instanceof XmlError) {
      problems.push({ where: 'META-INF/manifest.xml', message: `the manifest cannot be read: ${error.message}`, severity: 'error' });
      return null;
    }
    throw error;
  }
}

/** The format the package declares (its mimetype entry, else the manifest's root), else the one its name claims. */
async function declaredFormat(pkg: OfficePackage, manifest: OdfManifest | null, claimed: OpenDocumentFormat): Promise<OpenDocumentFormat> {
  const mimetype = await pkg.read('mimetype');
  const declared = (mimetype === null ? '' : new TextDecoder('latin1').decode(mimetype.subarray(0, 200)).trim()) || (manifest?.mediaTypes.get('/') ?? '');
  if (declared === '') {
    return claimed;
  }
  const format = openDocumentFormatOf(declared);
  if (format === null) {
    throw new DocumentError('wrong-format', `not an ${WHAT[claimed]}: the package says it is ${declared}`);
  }
  return format;
}

/** Reads one content part with the reader its kind needs; null when the part is absent. */
async function readContentPart(reading: Reading, path: string, spreadsheet: boolean): Promise<ContentResult | null> {
  const { pkg, budget, cells, maxSlides, stop } = reading;
  try {
    const stream = await pkg.stream(path);
    if (stream === null) {
      return null;
    }
    if (spreadsheet) {
      const sheets = await readSpreadsheetContent(stream, budget, cells, stop);
      return { ...sheets, notes: [], fields: [], margins: [], changes: null, slideCount: 0 };
    }
    return { ...await readOdfContent(stream, budget, stop, maxSlides), cellsStopped: false };
  } catch (error) {
    throw pkg.partError(path, error);
  }
}

/** The package folder an object's href names ('./Object 1' → 'Object 1'), or null for a link outside the package. */
function objectFolder(href: string): string | null {
  let path = href;
  try {
    path = decodeURIComponent(href);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  path = path.replace(/^\.\//, '').replace(/\/+$/, '');
  return path === '' || path.includes(':') || path.startsWith('/') || path.split('/').includes('..') ? null : path;
}

/** Embedded charts, spreadsheets and texts read as blocks; the rest named in one warning. */
async function readEmbeddedObjects(reading: Reading, manifest: OdfManifest | null, hrefs: readonly string[]): Promise<string[]> {
  const blocks: string[] = [];
  const unread: string[] = [];
  const folders = [...new Set(hrefs.map(objectFolder).filter((folder): folder is string => folder !== null))];
  for (const folder of folders) {
    if (reading.budget.exhausted || reading.stop()) {
      break;
    }
    const type = manifest?.mediaTypes.get(`${folder}/`) ?? manifest?.mediaTypes.get(folder) ?? '';
    const readable = type === '' || /opendocument\.(text|spreadsheet|presentation|chart|graphics)/.test(type);
    const result = readable && reading.pkg.find(`${folder}/content.xml`)
      ? await readContentPart(reading, `${folder}/content.xml`, /opendocument\.spreadsheet/.test(type))
      : null;
    if (result === null || (result.damage !== null && result.body === '')) {
      unread.push(/formula/.test(type) ? `${folder} (formula)` : /ole/i.test(type) ? `${folder} (OLE object)` : folder);
    } else if (result.body !== '') {
      blocks.push(`Embedded object ${folder}:\n${result.body}`);
    }
  }
  if (unread.length > 0) {
    reading.problems.push({ where: '', message: `${sentence(unread.length, 'embedded object is', 'embedded objects are')} not extracted: ${unread.join(', ')}`, severity: 'warning' });
  }
  return blocks;
}

/** Header and footer texts of a text document's master pages; a malformed styles.xml is a problem, not a failure. */
async function readMargins(reading: Reading): Promise<string[]> {
  const { pkg, budget, stop, problems } = reading;
  try {
    const stream = await pkg.stream('styles.xml');
    return stream === null ? [] : await readPageMargins(stream, budget, stop);
  } catch (error) {
    if (error instanceof XmlError) {
      problems.push({ where: 'styles.xml', message: `headers and footers cannot be read: ${error.message}`, severity: 'error' });
      return [];
    }
    throw pkg.partError('styles.xml', error);
  }
}

function changesProblem(changes: TrackedChangeCounts | null): DocumentProblem | null {
  if (changes === null || changes.insertions + changes.deletions === 0) {
    return null;
  }
  return {
    where: '',
    message: `tracked changes: ${sentence(changes.insertions, 'insertion', 'insertions')}, ${sentence(changes.deletions, 'deletion', 'deletions')}; ` +
      `the text shows them accepted, and ${changes.deletedCharacters} characters of deleted text still in the file are not in it`,
    severity: 'warning',
  };
}

function noteLine(note: OdfNote): string {
  return note.citation === '' ? note.text.replace(/\n+/g, ' ') : `[${note.citation}] ${note.text.replace(/\n+/g, ' ')}`;
}

/** Extracts an ODT, ODS or ODP. Throws DocumentError for encrypted, non-zip, damaged or non-OpenDocument files. */
export async function extractOpenDocument(bytes: Uint8Array, claimed: OpenDocumentFormat, limits: DocumentLimits, signal?: AbortSignal): Promise<DocumentParts> {
  const pkg = await OfficePackage.open(bytes, WHAT[claimed], limits);
  try {
    const problems: DocumentProblem[] = [];
    const manifest = await readManifest(pkg, problems);
    if (manifest !== null && manifest.encrypted.length > 0) {
      throw new DocumentError('encrypted', `encrypted: this ${WHAT[claimed]} is password-protected (its manifest lists encryption data for ${sentence(manifest.encrypted.length, 'part', 'parts')}); it cannot be read without the password`);
    }
    const format = await declaredFormat(pkg, manifest, claimed);
    const reading: Reading = {
      pkg, problems, budget: { remaining: limits.maxTextChars, exhausted: false }, cells: { cells: limits.maxCells }, maxSlides: limits.maxPages,
      stop: () => signal?.aborted === true,
    };
    const content = await readContentPart(reading, 'content.xml', format === 'ods');
    if (content === null) {
      throw new DocumentError('wrong-format', `not an ${WHAT[format]}: the package has no content.xml`);
    }
    if (content.damage !== null) {
      if (content.body === '' && content.comments.length === 0) {
        throw new DocumentError('damaged', `the ${WHAT[format]} is damaged: content.xml: ${content.damage}`);
      }
      problems.push({ where: 'content.xml', message: `the document is damaged; text after the damage was not read: ${content.damage}`, severity: 'error' });
    }
    signal?.throwIfAborted();
    const margins = format === 'odt' ? await readMargins(reading) : content.margins;
    const embedded = await readEmbeddedObjects(reading, manifest, content.objects);
    signal?.throwIfAborted();
    if (reading.budget.exhausted) {
      problems.push({ where: '', message: `text after the first ${limits.maxTextChars} characters was not read`, severity: 'warning' });
    }
    if (content.slideCount > limits.maxPages) {
      problems.push({ where: '', message: `slides after the first ${limits.maxPages} were not read (the presentation has ${content.slideCount})`, severity: 'warning' });
    }
    if (content.cellsStopped) {
      problems.push({ where: '', message: `cells after the first ${limits.maxCells} were not read`, severity: 'warning' });
    }
    const changes = changesProblem(content.changes);
    if (changes) {
      problems.push(changes);
    }
    const properties = openDocumentMetadataOrProblem(await pkg.read('meta.xml'));
    if (properties.problem) {
      problems.push(properties.problem);
    }
    const sections = [
      content.body,
      content.notes.length > 0 ? `Notes:\n${content.notes.map(noteLine).join('\n')}` : '',
      margins.length > 0 ? `Headers and footers:\n${margins.join('\n')}` : '',
      ...embedded,
    ];
    const metadata = {
      ...properties.metadata,
      pageCount: format === 'odp' ? content.slideCount : format === 'odt' ? properties.metadata.pageCount : null,
    };
    return {
      format, body: sections.filter((section) => section !== '').join('\n\n'), pages: [], comments: content.comments, fields: content.fields,
      html: null, metadata, problems,
    };
  } finally {
    pkg.close();
  }
}
