/**
 * OpenDocument properties (meta.xml): title, subject, keywords, the initial author and the last
 * editor, creation and modification dates, the generator, and the page count the application
 * recorded. ODF's names differ from Office's: dc:creator is the person who last saved the file
 * and meta:initial-creator the author; dc:date is the modification date.
 */
import { emptyMetadata, type DocumentMetadata, type DocumentProblem } from '../extracted-document.js';
import { isoDate } from '../office/office-properties.js';
import { attribute, parseXml, XmlError } from '../xml/xml-reader.js';

function count(value: string | undefined): number | null {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : null;
}

/** The properties in meta.xml. Throws XmlError when it is malformed. */
export function openDocumentMetadata(xml: string | Uint8Array): DocumentMetadata {
  const values = new Map<string, string>();
  const keywords: string[] = [];
  let pageCount: number | null = null;
  let metaDepth = 0;
  let depth = 0;
  let current: string | null = null;
  let text = '';
  parseXml(xml, {
    open: (name, attributes) => {
      depth++;
      if (name === 'meta' && metaDepth === 0) {
        metaDepth = depth;
      } else if (metaDepth > 0 && depth === metaDepth + 1) {
        current = name;
        text = '';
        if (name === 'document-statistic') {
          pageCount = count(attribute(attributes, 'page-count'));
        }
      }
    },
    text: (chunk) => {
      if (current !== null) {
        text += chunk;
      }
    },
    close: () => {
      if (current !== null && depth === metaDepth + 1) {
        const value = text.trim();
        if (current === 'keyword') {
          keywords.push(value);
        } else if (!values.has(current)) {
          values.set(current, value);
        }
        current = null;
      }
      if (depth === metaDepth) {
        metaDepth = 0;
      }
      depth--;
    },
  });
  return {
    ...emptyMetadata(),
    title: values.get('title') ?? '',
    author: values.get('initial-creator') || values.get('creator') || '',
    subject: values.get('subject') || values.get('description') || '',
    keywords: keywords.filter((keyword) => keyword !== '').join(', '),
    lastModifiedBy: values.get('creator') ?? '',
    created: isoDate(values.get('creation-date')),
    modified: isoDate(values.get('date')),
    pageCount,
    application: values.get('generator') ?? '',
  };
}

/** As openDocumentMetadata, but a missing or malformed meta.xml is empty metadata, and malformed is reported. */
export function openDocumentMetadataOrProblem(xml: Uint8Array | null): { metadata: DocumentMetadata; problem: DocumentProblem | null } {
  if (xml === null) {
    return { metadata: emptyMetadata(), problem: null };
  }
  try {
    return { metadata: openDocumentMetadata(xml), problem: null };
  } catch (error) {
    if (error instanceof XmlError) {
      return { metadata: emptyMetadata(), problem: { where: 'meta.xml', message: `the document properties cannot be read: ${error.message}`, severity: 'error' } };
    }
    throw error;
  }
}
