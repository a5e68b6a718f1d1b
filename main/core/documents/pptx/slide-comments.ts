/**
 * Comments on PowerPoint slides, in both forms PowerPoint writes:
 * - legacy comments (ppt/comments/commentN.xml): <p:cm authorId="0" dt="…"><p:text>…</p:text>,
 *   authors listed by number in ppt/commentAuthors.xml;
 * - modern threaded comments (ppt/comments/modernComment_….xml, PowerPoint 365): <p188:cm
 *   authorId="{GUID}" created="…"> with a DrawingML body and <p188:reply> replies, authors by
 *   GUID in ppt/authors.xml.
 * Each comment and each reply is one DocumentComment, in file order, with its author's name.
 */
import type { DocumentComment } from '../extracted-document.js';
import { isoDate } from '../office/office-properties.js';
import { attribute, parseXml } from '../xml/xml-reader.js';

/** Replies nested deeper than this are read as part of the comment that holds them. */
const MAX_NESTING = 4;

/** Comment authors by id, from a commentAuthors or authors part. */
export function commentAuthors(xml: string | Uint8Array): Map<string, string> {
  const authors = new Map<string, string>();
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'cmAuthor' || name === 'author') {
        const id = attribute(attributes, 'id');
        const authorName = attribute(attributes, 'name') ?? '';
        if (id !== undefined && authorName.trim() !== '') {
          authors.set(id, authorName.trim());
        }
      }
    },
  });
  return authors;
}

/** The comments and replies in one slide's comments part, anchored at `where` ('slide 2'). */
export function slideComments(xml: string | Uint8Array, authors: ReadonlyMap<string, string>, where: string): DocumentComment[] {
  const comments: DocumentComment[] = [];
  const open: Array<{ index: number; parts: string[] }> = [];
  let ignored = 0;
  let inText = 0;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'cm' || name === 'reply') {
        if (open.length >= MAX_NESTING) {
          ignored++;
          return;
        }
        comments.push({
          where,
          author: authors.get(attribute(attributes, 'authorId') ?? '') ?? '',
          date: isoDate(attribute(attributes, 'dt') ?? attribute(attributes, 'created')),
          kind: name === 'reply' ? 'reply' : 'comment',
          text: '',
        });
        open.push({ index: comments.length - 1, parts: [] });
      } else if (name === 'text' || name === 't') {
        inText++;
      } else if (name === 'p') {
        const current = open.at(-1);
        if (current && current.parts.length > 0) {
          current.parts.push('\n');
        }
      }
    },
    text: (chunk) => {
      if (inText > 0) {
        open.at(-1)?.parts.push(chunk);
      }
    },
    close: (name) => {
      if (name === 'text' || name === 't') {
        inText = Math.max(0, inText - 1);
      } else if ((name === 'cm' || name === 'reply') && ignored > 0) {
        ignored--;
      } else if (name === 'cm' || name === 'reply') {
        const current = open.pop();
        const comment = current === undefined ? undefined : comments[current.index];
        if (current && comment) {
          comment.text = current.parts.join('').replace(/\r\n?/g, '\n').trim();
        }
      }
    },
  });
  return comments.filter((comment) => comment.text !== '');
}
