/**
 * What an HTML page says about itself: its <title>, and the author, description, keywords and
 * generator <meta> names that Word, LibreOffice and content systems write.
 */
import { decodeEntities } from '../../text/html-entities.js';
import { htmlTokens, parseAttributes } from '../../text/html-tokens.js';
import { emptyMetadata, type DocumentMetadata } from '../extracted-document.js';

function clean(value: string): string {
  return decodeEntities(value).replace(/\s+/g, ' ').trim();
}

/** Title and <meta> properties from the document head (the first <title>, the first of each meta name). */
export function htmlMetadata(html: string): DocumentMetadata {
  const metadata = emptyMetadata();
  const names = new Map<string, string>();
  for (const token of htmlTokens(html)) {
    if (token.kind === 'start' && token.name === 'body') {
      break;
    }
    if (token.kind === 'raw' && token.name === 'title' && metadata.title === '') {
      metadata.title = clean(token.text);
    } else if (token.kind === 'start' && token.name === 'meta') {
      const attributes = parseAttributes(token.attributes);
      const name = (attributes.get('name') ?? '').toLowerCase();
      if (name !== '' && !names.has(name)) {
        names.set(name, clean(attributes.get('content') ?? ''));
      }
    }
  }
  metadata.author = names.get('author') ?? names.get('dc.creator') ?? '';
  metadata.subject = names.get('description') ?? names.get('dc.description') ?? '';
  metadata.keywords = names.get('keywords') ?? '';
  metadata.application = names.get('generator') ?? '';
  return metadata;
}
