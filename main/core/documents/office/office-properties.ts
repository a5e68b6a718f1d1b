/**
 * Document properties of an Office Open XML file: docProps/core.xml (Dublin Core: title, creator,
 * dates) and docProps/app.xml (the application, page count). Only the top-level elements are
 * read; app.xml's nested vectors (titles of parts, heading pairs) are not properties.
 */
import { emptyMetadata, type DocumentMetadata, type DocumentProblem } from '../extracted-document.js';
import { parseXml, XmlError } from '../xml/xml-reader.js';

/** Top-level element texts of a properties part, by local name (the first of each). */
export function propertyTexts(xml: string | Uint8Array): Map<string, string> {
  const values = new Map<string, string>();
  let depth = 0;
  let current: string | null = null;
  let text = '';
  parseXml(xml, {
    open: (name) => {
      depth++;
      if (depth === 2) {
        current = name;
        text = '';
      }
    },
    text: (chunk) => {
      if (depth === 2 && current !== null) {
        text += chunk;
      }
    },
    close: () => {
      if (depth === 2 && current !== null && !values.has(current)) {
        values.set(current, text.trim());
      }
      if (depth === 2) {
        current = null;
      }
      depth--;
    },
  });
  return values;
}

/**
 * A W3CDTF or ISO 8601 date as ISO 8601: in UTC with Z when it names a zone, as written (without
 * fractions of a second) when it does not. Null when it is no date. OpenDocument dates and
 * PowerPoint comment dates are read with it too.
 */
export function isoDate(value: string | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    return null;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? date.toISOString().replace('.000Z', 'Z') : value.replace(/\.\d+$/, '');
}

function pageCount(value: string | undefined): number | null {
  const count = value === undefined ? NaN : Number(value);
  return Number.isInteger(count) && count >= 0 ? count : null;
}

/** Metadata from the two properties parts (either may be missing: pass null). */
export function officeMetadata(core: string | Uint8Array | null, app: string | Uint8Array | null): DocumentMetadata {
  const c = core === null ? new Map<string, string>() : propertyTexts(core);
  const a = app === null ? new Map<string, string>() : propertyTexts(app);
  const application = [a.get('Application') ?? '', a.get('AppVersion') ?? ''].filter((part) => part !== '').join(' ');
  return {
    ...emptyMetadata(),
    title: c.get('title') ?? '',
    author: c.get('creator') ?? '',
    subject: c.get('subject') || c.get('description') || '',
    keywords: c.get('keywords') ?? '',
    lastModifiedBy: c.get('lastModifiedBy') ?? '',
    created: isoDate(c.get('created')),
    modified: isoDate(c.get('modified')),
    pageCount: pageCount(a.get('Pages')),
    application,
  };
}

/** As officeMetadata, but a malformed properties part is reported instead of thrown. */
export function officeMetadataOrProblem(core: Uint8Array | null, app: Uint8Array | null): { metadata: DocumentMetadata; problem: DocumentProblem | null } {
  try {
    return { metadata: officeMetadata(core, app), problem: null };
  } catch (error) {
    if (error instanceof XmlError) {
      return { metadata: emptyMetadata(), problem: { where: 'docProps', message: `the document properties cannot be read: ${error.message}`, severity: 'error' } };
    }
    throw error;
  }
}
