/**
 * A PowerPoint presentation (PPTX, PPTM, PPSX, POTX), read without a presentation library: the
 * slides in show order, each as a "Slide N" line, its text, then its speaker notes under a
 * "Speaker notes:" line; comments and replies with their authors and slides; the properties in
 * docProps, with the slide count taken from the slides themselves. Hidden slides are read and
 * marked hidden. Text on slide masters and layouts ("Click to edit Master title style") is not
 * the author's and is left out; embedded files are named in a warning, not opened.
 *
 * Bounded: each part by the size cap, all parts by the inflate budget, the text by
 * `maxTextChars`; reaching a bound is a warning, and what was read is kept.
 */
import type { DocumentParts } from '../document-parts.js';
import { DocumentError, type DocumentComment, type DocumentLimits, type DocumentProblem } from '../extracted-document.js';
import { OfficePackage } from '../office/office-package.js';
import { officeMetadataOrProblem } from '../office/office-properties.js';
import type { Relationship } from '../office/relationships.js';
import { XmlError } from '../xml/xml-reader.js';
import { slideList, type SlideList } from './presentation-slides.js';
import { commentAuthors, slideComments } from './slide-comments.js';
import { readSlideText, type SlideText } from './slide-text.js';

const WHAT = 'PowerPoint presentation';

/** The slide number placeholder repeats on every slide; a notes page also holds a picture of its slide. */
const SLIDE_SKIP = new Set(['sldNum']);
const NOTES_SKIP = new Set(['sldNum', 'sldImg']);

function relationshipsOfType(relationships: readonly Relationship[], type: string): Relationship[] {
  return relationships.filter((relationship) => relationship.type.endsWith(`/${type}`) && !relationship.external);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The presentation part's path and its slide list; throws when this is no presentation. */
async function readPresentation(pkg: OfficePackage, maxSlides: number): Promise<{ path: string; slides: SlideList }> {
  const path = await pkg.mainPart('ppt/presentation.xml');
  const xml = await pkg.read(path);
  if (xml === null) {
    throw new DocumentError('wrong-format', `not a PowerPoint presentation: the package has no presentation part (${path})`);
  }
  const contentType = await pkg.contentTypeOf(path);
  if (contentType !== '' && !/presentationml|ms-powerpoint/i.test(contentType)) {
    throw new DocumentError('wrong-format', `not a PowerPoint presentation: its main part ${path} is ${contentType}`);
  }
  try {
    return { path, slides: slideList(xml, maxSlides) };
  } catch (error) {
    if (error instanceof XmlError) {
      throw new DocumentError('damaged', `the PowerPoint presentation is damaged: ${path}: ${error.message}`);
    }
    throw error;
  }
}

/** Comment authors of both kinds (legacy numbered, modern by GUID), merged. */
async function readAuthors(pkg: OfficePackage, relationships: readonly Relationship[], problems: DocumentProblem[]): Promise<Map<string, string>> {
  const authors = new Map<string, string>();
  for (const relationship of [...relationshipsOfType(relationships, 'commentAuthors'), ...relationshipsOfType(relationships, 'authors')]) {
    try {
      const xml = await pkg.read(relationship.target);
      for (const [id, name] of xml === null ? [] : commentAuthors(xml)) {
        authors.set(id, name);
      }
    } catch (error) {
      if (!(error instanceof XmlError)) {
        throw error;
      }
      problems.push({ where: relationship.target, message: `comment authors cannot be read (comments show no author): ${error.message}`, severity: 'error' });
    }
  }
  return authors;
}

/** A slide or notes part's text, or null when the part is missing (reported). */
async function readPart(pkg: OfficePackage, path: string, skip: ReadonlySet<string>, maxChars: number, stop: () => boolean, where: string, problems: DocumentProblem[]): Promise<SlideText | null> {
  let stream: AsyncIterable<Uint8Array> | null;
  try {
    stream = await pkg.stream(path);
    if (stream === null) {
      problems.push({ where, message: `the part ${path} is missing`, severity: 'error' });
      return null;
    }
    const result = await readSlideText(stream, { skipPlaceholders: skip, maxChars, stop });
    if (result.damage !== null) {
      problems.push({ where, message: `${path} is damaged; text after the damage was not read: ${result.damage}`, severity: 'error' });
    }
    return result;
  } catch (error) {
    throw pkg.partError(path, error);
  }
}

/** The comments of one slide, from every comments part it has (legacy and modern). */
async function readComments(pkg: OfficePackage, slideRelationships: readonly Relationship[], authors: ReadonlyMap<string, string>, where: string, problems: DocumentProblem[]): Promise<DocumentComment[]> {
  const comments: DocumentComment[] = [];
  for (const relationship of relationshipsOfType(slideRelationships, 'comments')) {
    try {
      const xml = await pkg.read(relationship.target);
      comments.push(...(xml === null ? [] : slideComments(xml, authors, where)));
    } catch (error) {
      if (!(error instanceof XmlError)) {
        throw error;
      }
      problems.push({ where, message: `the comments in ${relationship.target} cannot be read: ${message(error)}`, severity: 'error' });
    }
  }
  return comments;
}

/** A warning naming embedded files (OLE objects, packaged workbooks): they are not opened here. */
function embeddedProblem(pkg: OfficePackage): DocumentProblem | null {
  const embedded = pkg.entries.filter((entry) => /^ppt\/embeddings\//i.test(entry.path ?? '') && !entry.isDirectory);
  if (embedded.length === 0) {
    return null;
  }
  const names = embedded.map((entry) => (entry.path ?? entry.name).replace(/^ppt\/embeddings\//i, '')).join(', ');
  return { where: '', message: `${embedded.length} embedded ${embedded.length === 1 ? 'file is' : 'files are'} not extracted: ${names}`, severity: 'warning' };
}

/** Extracts a PPTX. Throws DocumentError for encrypted, non-zip, damaged or non-PowerPoint files. */
export async function extractPptx(bytes: Uint8Array, limits: DocumentLimits, signal?: AbortSignal): Promise<DocumentParts> {
  const pkg = await OfficePackage.open(bytes, WHAT, limits);
  const stop = (): boolean => signal?.aborted === true;
  try {
    const problems: DocumentProblem[] = [];
    const { path, slides } = await readPresentation(pkg, limits.maxPages);
    const relationships = await pkg.relationships(path);
    const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
    const authors = await readAuthors(pkg, relationships, problems);
    const blocks: string[] = [];
    const comments: DocumentComment[] = [];
    let remaining = limits.maxTextChars;
    for (const [index, id] of slides.ids.entries()) {
      signal?.throwIfAborted();
      const where = `slide ${index + 1}`;
      const relationship = byId.get(id);
      if (!relationship || relationship.external || !relationship.type.endsWith('/slide')) {
        problems.push({ where, message: 'the slide has no part in the package', severity: 'error' });
        continue;
      }
      if (remaining <= 0) {
        const unread = index + 1 === slides.ids.length ? `slide ${index + 1} was` : `slides ${index + 1} to ${slides.ids.length} were`;
        problems.push({ where: '', message: `${unread} not read: the text limit was reached`, severity: 'warning' });
        break;
      }
      const slide = await readPart(pkg, relationship.target, SLIDE_SKIP, remaining, stop, where, problems);
      signal?.throwIfAborted();
      const heading = `Slide ${index + 1}${slide?.hidden === true ? ' (hidden)' : ''}`;
      const lines = [heading];
      remaining -= heading.length;
      if (slide && slide.text !== '') {
        lines.push(slide.text);
        remaining -= slide.text.length;
      }
      const slideRelationships = await pkg.relationships(relationship.target);
      const notesPart = relationshipsOfType(slideRelationships, 'notesSlide')[0];
      const notes = notesPart && remaining > 0 ? await readPart(pkg, notesPart.target, NOTES_SKIP, remaining, stop, `${where} notes`, problems) : null;
      if (notes && notes.text !== '') {
        lines.push('Speaker notes:', notes.text);
        remaining -= notes.text.length;
      }
      if (slide?.truncated === true || notes?.truncated === true) {
        problems.push({ where, message: `text after the first ${limits.maxTextChars} characters was not read`, severity: 'warning' });
        remaining = 0;
      }
      blocks.push(lines.join('\n'));
      comments.push(...await readComments(pkg, slideRelationships, authors, where, problems));
    }
    signal?.throwIfAborted();
    if (slides.count > slides.ids.length) {
      problems.push({ where: '', message: `slides after the first ${limits.maxPages} were not read (the presentation has ${slides.count})`, severity: 'warning' });
    }
    const embedded = embeddedProblem(pkg);
    if (embedded) {
      problems.push(embedded);
    }
    const properties = officeMetadataOrProblem(await pkg.read('docProps/core.xml'), await pkg.read('docProps/app.xml'));
    if (properties.problem) {
      problems.push(properties.problem);
    }
    const metadata = { ...properties.metadata, pageCount: slides.count };
    return { format: 'pptx', body: blocks.join('\n\n'), pages: [], comments, fields: [], html: null, metadata, problems };
  } finally {
    pkg.close();
  }
}
