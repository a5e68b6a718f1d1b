/**
 * Which of a page's words a query's terms hit, when the page is a list of words rather than one
 * text (OCR gives each word with its box). Each word is split and folded exactly as the index
 * does (query-words.ts), so a hit here is a hit the search found: `budget,` is the word
 * `budget`, `e-mail` is `e` `mail`, and a phrase may run across a line break or across words
 * the OCR split.
 */
import type { BodyTerm } from './query-body-terms.js';
import { queryWords } from './query-words.js';

/** The indexes (into `words`) of every word a term hits, in ascending order. */
export function termWordHits(words: readonly string[], terms: readonly BodyTerm[]): number[] {
  if (terms.length === 0) {
    return [];
  }
  // The page as the index sees it: its tokens in order, each with the word it came from.
  const tokens: string[] = [];
  const owners: number[] = [];
  words.forEach((word, index) => {
    for (const token of queryWords(word)) {
      tokens.push(token);
      owners.push(index);
    }
  });
  const hit = new Set<number>();
  for (const term of terms) {
    const last = term.words.length - 1;
    for (let start = 0; start + last < tokens.length; start += 1) {
      const matches = term.words.every((word, offset) => {
        const token = tokens[start + offset] ?? '';
        return offset === last && term.prefix ? token.startsWith(word) : token === word;
      });
      if (matches) {
        for (let offset = 0; offset <= last; offset += 1) {
          hit.add(owners[start + offset] ?? 0);
        }
      }
    }
  }
  return [...hit].sort((left, right) => left - right);
}
