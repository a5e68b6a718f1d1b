/**
 * What each format's reader hands back before the common finishing: the body text as read, and
 * the rest of the result. `composeDocument` then normalises every piece for indexing (NFKC, LF
 * line ends), appends comments and form fields to the searchable text under heading lines, and
 * holds the whole text to the character limit.
 */
import { normaliseForIndex } from '../text/normalise-text.js';
import type { DocumentComment, DocumentField, DocumentLimits, DocumentPage, DocumentProblem, ExtractedDocument } from './extracted-document.js';

/** A format reader's result before normalisation and text assembly. */
export type DocumentParts = Omit<ExtractedDocument, 'text'> & {
  /** The document's own text; ignored when there are pages, whose texts make the body. */
  body: string;
};

/** Separates PDF pages in `text`: a form feed on a line of its own, so no page's last word runs into the next page's first. */
export const PAGE_SEPARATOR = '\n\f\n';

/** C0 controls other than tab and line feed: glyph-mapping debris in PDFs, never text. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function normalise(text: string): string {
  // CR becomes LF first (in normaliseForIndex), so removing controls afterwards keeps line ends.
  return normaliseForIndex(text).replace(CONTROL_CHARACTERS, '');
}

function commentLine(comment: DocumentComment): string {
  const label = [comment.where, comment.kind, comment.author].filter((part) => part !== '').join(', ');
  return `[${label}] ${comment.text.replace(/\n+/g, ' ')}`;
}

function fieldLine(field: DocumentField): string {
  return `${field.name}: ${field.value.replace(/\n+/g, ' ')}`;
}

/** The finished result: normalised, with comments and fields in the text, within the text limit. */
export function composeDocument(parts: DocumentParts, limits: Pick<DocumentLimits, 'maxTextChars'>): ExtractedDocument {
  const pages: DocumentPage[] = parts.pages.map((page) => ({ ...page, text: normalise(page.text) }));
  const comments: DocumentComment[] = parts.comments.map((comment) => ({
    ...comment, author: normalise(comment.author), text: normalise(comment.text),
  }));
  const fields: DocumentField[] = parts.fields.map((field) => ({ ...field, name: normalise(field.name), value: normalise(field.value) }));
  const problems: DocumentProblem[] = [...parts.problems];
  const body = pages.length > 0 ? pages.map((page) => page.text).join(PAGE_SEPARATOR) : normalise(parts.body);
  const sections = [body.replace(/\s+$/, '')];
  if (comments.length > 0) {
    sections.push(`Comments:\n${comments.map(commentLine).join('\n')}`);
  }
  if (fields.length > 0) {
    sections.push(`Form fields:\n${fields.map(fieldLine).join('\n')}`);
  }
  let text = sections.filter((section) => section !== '').join('\n\n');
  if (text.length > limits.maxTextChars) {
    text = text.slice(0, limits.maxTextChars);
    problems.push({ where: '', message: `text cut at ${limits.maxTextChars} characters`, severity: 'warning' });
  }
  const metadata = { ...parts.metadata };
  for (const key of ['title', 'author', 'subject', 'keywords', 'lastModifiedBy', 'application', 'producer'] as const) {
    metadata[key] = normalise(metadata[key]).trim();
  }
  return { format: parts.format, text, pages, comments, fields, html: parts.html, metadata, problems };
}
