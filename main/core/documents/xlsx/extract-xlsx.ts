/**
 * An Excel workbook (XLSX, XLSM), read without a spreadsheet library: the workbook part for the
 * sheets and the date system, styles for which cells are dates, the shared strings, then each
 * sheet streamed row by row. The text is one block per sheet, in tab order: a "Sheet: name" line,
 * then the rows, cells separated by tabs. Hidden sheets are read and marked hidden; cell comments
 * are kept with their cell and author.
 *
 * Bounded: each part by the size cap, all parts by the inflate budget, the cells by `maxCells`
 * and the text by `maxTextChars`; reaching a bound is a warning, and what was read is kept.
 */
import type { DocumentParts } from '../document-parts.js';
import { DocumentError, type DocumentComment, type DocumentLimits, type DocumentProblem } from '../extracted-document.js';
import { OfficePackage } from '../office/office-package.js';
import { officeMetadataOrProblem } from '../office/office-properties.js';
import type { Relationship } from '../office/relationships.js';
import { XmlError } from '../xml/xml-reader.js';
import type { NumberFormatKind } from './number-formats.js';
import { readSharedStrings } from './shared-strings.js';
import { sheetComments } from './sheet-comments.js';
import { readSheetRows } from './sheet-rows.js';
import { parseCellStyleKinds, parseWorkbook, type SheetEntry, type Workbook } from './workbook-parts.js';

const WHAT = 'Excel workbook';

function relationshipOfType(relationships: readonly Relationship[], type: string): Relationship | undefined {
  return relationships.find((relationship) => relationship.type.endsWith(`/${type}`) && !relationship.external);
}

function sheetHeading(sheet: SheetEntry, kind: string): string {
  const notes = [sheet.state === 'hidden' ? 'hidden' : sheet.state === 'veryHidden' ? 'very hidden' : '', kind].filter((note) => note !== '');
  return `Sheet: ${sheet.name}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readWorkbook(pkg: OfficePackage): Promise<{ path: string; workbook: Workbook }> {
  const path = await pkg.mainPart('xl/workbook.xml');
  const xml = await pkg.read(path);
  if (xml === null) {
    throw new DocumentError('wrong-format', `not an Excel workbook: the package has no workbook part (${path})`);
  }
  const contentType = await pkg.contentTypeOf(path);
  if (contentType !== '' && !/spreadsheetml|ms-excel/i.test(contentType)) {
    throw new DocumentError('wrong-format', `not an Excel workbook: its main part ${path} is ${contentType}`);
  }
  try {
    return { path, workbook: parseWorkbook(xml) };
  } catch (error) {
    if (error instanceof XmlError) {
      throw new DocumentError('damaged', `the Excel workbook is damaged: ${path}: ${error.message}`);
    }
    throw error;
  }
}

async function readStyles(pkg: OfficePackage, relationships: readonly Relationship[], problems: DocumentProblem[]): Promise<NumberFormatKind[]> {
  const path = relationshipOfType(relationships, 'styles')?.target ?? 'xl/styles.xml';
  try {
    const xml = await pkg.read(path);
    return xml === null ? [] : parseCellStyleKinds(xml);
  } catch (error) {
    if (error instanceof XmlError) {
      problems.push({ where: path, message: `cell formats cannot be read (dates show as numbers): ${error.message}`, severity: 'error' });
      return [];
    }
    throw error;
  }
}

/** Extracts an XLSX. Throws DocumentError for encrypted, non-zip, damaged or non-Excel files. */
export async function extractXlsx(bytes: Uint8Array, limits: DocumentLimits, signal?: AbortSignal): Promise<DocumentParts> {
  const pkg = await OfficePackage.open(bytes, WHAT, limits);
  const stop = (): boolean => signal?.aborted === true;
  try {
    const problems: DocumentProblem[] = [];
    const { path: workbookPath, workbook } = await readWorkbook(pkg);
    const relationships = await pkg.relationships(workbookPath);
    const styleKinds = await readStyles(pkg, relationships, problems);

    let sharedStrings: string[] = [];
    const stringsPath = relationshipOfType(relationships, 'sharedStrings')?.target ?? 'xl/sharedStrings.xml';
    const stringsStream = await pkg.stream(stringsPath);
    if (stringsStream !== null) {
      try {
        const table = await readSharedStrings(stringsStream, limits.maxTextChars, stop);
        sharedStrings = table.strings;
        if (table.truncated) {
          problems.push({ where: stringsPath, message: `shared strings past ${limits.maxTextChars} characters were not read`, severity: 'warning' });
        }
      } catch (error) {
        if (!(error instanceof XmlError)) {
          throw pkg.partError(stringsPath, error);
        }
        problems.push({ where: stringsPath, message: `the shared strings cannot be read (text cells show empty): ${error.message}`, severity: 'error' });
      }
    }
    signal?.throwIfAborted();

    const context = { sharedStrings, styleKinds, date1904: workbook.date1904 };
    const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
    const blocks: string[] = [];
    const comments: DocumentComment[] = [];
    const budget = { cells: limits.maxCells };
    let characters = 0;
    let textFull = false;
    for (const sheet of workbook.sheets) {
      signal?.throwIfAborted();
      const relationship = byId.get(sheet.relationshipId);
      if (!relationship || relationship.external) {
        problems.push({ where: sheet.name, message: 'the sheet has no part in the package', severity: 'error' });
        continue;
      }
      if (!relationship.type.endsWith('/worksheet')) {
        blocks.push(sheetHeading(sheet, relationship.type.endsWith('/chartsheet') ? 'chart' : 'not a worksheet'));
        continue;
      }
      if (textFull || budget.cells <= 0) {
        problems.push({ where: sheet.name, message: 'not read: the text or cell limit was reached', severity: 'warning' });
        continue;
      }
      const lines = [sheetHeading(sheet, '')];
      const stream = await pkg.stream(relationship.target);
      if (stream === null) {
        problems.push({ where: sheet.name, message: `the sheet's part ${relationship.target} is missing`, severity: 'error' });
        continue;
      }
      try {
        const result = await readSheetRows(stream, context, budget, (line) => {
          if (characters + line.length > limits.maxTextChars) {
            textFull = true;
            return false;
          }
          characters += line.length + 1;
          lines.push(line);
          return true;
        }, stop);
        if (result.stopped && !stop()) {
          problems.push({
            where: sheet.name,
            message: textFull ? `rows after the first ${limits.maxTextChars} characters of text were not read` : `cells after the first ${limits.maxCells} were not read`,
            severity: 'warning',
          });
        }
      } catch (error) {
        if (!(error instanceof XmlError)) {
          throw pkg.partError(relationship.target, error);
        }
        problems.push({ where: sheet.name, message: `the sheet is damaged; rows after the damage were not read: ${error.message}`, severity: 'error' });
      }
      blocks.push(lines.join('\n'));
      const commentsPart = relationshipOfType(await pkg.relationships(relationship.target), 'comments');
      if (commentsPart) {
        try {
          const xml = await pkg.read(commentsPart.target);
          comments.push(...(xml === null ? [] : sheetComments(xml, sheet.name)));
        } catch (error) {
          if (!(error instanceof XmlError)) {
            throw error;
          }
          problems.push({ where: commentsPart.target, message: `cell comments cannot be read: ${message(error)}`, severity: 'error' });
        }
      }
    }
    signal?.throwIfAborted();
    const properties = officeMetadataOrProblem(await pkg.read('docProps/core.xml'), await pkg.read('docProps/app.xml'));
    if (properties.problem) {
      problems.push(properties.problem);
    }
    return { format: 'xlsx', body: blocks.join('\n\n'), pages: [], comments, fields: [], html: null, metadata: properties.metadata, problems };
  } finally {
    pkg.close();
  }
}
