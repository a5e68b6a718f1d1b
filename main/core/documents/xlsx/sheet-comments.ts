/**
 * Cell comments ("notes") of a worksheet, from its comments part (xl/commentsN.xml): the cell,
 * the author, the text. Excel also writes threaded comments elsewhere, but keeps these legacy
 * copies for older readers, so they cover both.
 */
import type { DocumentComment } from '../extracted-document.js';
import { attribute, parseXml } from '../xml/xml-reader.js';
import { decodeOoxmlEscapes } from './cell-text.js';

/** The comments of one sheet, anchored as "Sheet!A1". */
export function sheetComments(xml: string | Uint8Array, sheetName: string): DocumentComment[] {
  const authors: string[] = [];
  const comments: DocumentComment[] = [];
  let inAuthor = false;
  let author = '';
  let current: { ref: string; authorId: number; parts: string[] } | null = null;
  let inText = 0;
  let phonetic = 0;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'author') {
        inAuthor = true;
        author = '';
      } else if (name === 'comment') {
        current = { ref: attribute(attributes, 'ref') ?? '', authorId: Number(attribute(attributes, 'authorId') ?? -1), parts: [] };
      } else if (name === 't') {
        inText++;
      } else if (name === 'rPh') {
        phonetic++;
      }
    },
    text: (chunk) => {
      if (inAuthor) {
        author += chunk;
      } else if (current !== null && inText > 0 && phonetic === 0) {
        current.parts.push(chunk);
      }
    },
    close: (name) => {
      if (name === 'author') {
        inAuthor = false;
        authors.push(author.trim());
      } else if (name === 't') {
        inText = Math.max(0, inText - 1);
      } else if (name === 'rPh') {
        phonetic = Math.max(0, phonetic - 1);
      } else if (name === 'comment' && current !== null) {
        const text = decodeOoxmlEscapes(current.parts.join('')).replace(/\r\n?/g, '\n').trim();
        if (text !== '') {
          comments.push({ where: `${sheetName}!${current.ref}`, author: authors[current.authorId] ?? '', date: null, kind: 'comment', text });
        }
        current = null;
      }
    },
  });
  return comments;
}
