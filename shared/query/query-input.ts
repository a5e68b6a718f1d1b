/**
 * The query as the parser reads it: NFKC-normalised (full-width `ｆｒｏｍ：` is `from:`, `ﬁ` is
 * `fi`, as in the indexed text), with a map back to offsets in the text as typed, because spans
 * must underline what the officer typed, and NFKC changes lengths.
 *
 * Normalisation runs per cluster (a base character and the marks after it), which is what makes
 * the offset map exact; NFKC composes only within such clusters, and conjoining Hangul vowels
 * and finals count as marks here so that decomposed syllables still compose.
 */
import type { QuerySpan } from './query-ast.js';

export type QueryInput = {
  /** The normalised text that the lexer reads. */
  text: string;
  /** Maps a span of `text` to the span of the input as typed that produced it. */
  typedSpan(start: number, end: number): QuerySpan;
};

const CLUSTER = /[^\p{M}\u1160-\u11ff][\p{M}\u1160-\u11ff]*|[\p{M}\u1160-\u11ff]+/gsu;

export function normaliseQueryInput(typed: string): QueryInput {
  // typedStart[i] / typedEnd[i]: where a span starting / ending at normalised offset i starts /
  // ends in the typed text. An offset inside one cluster's output widens to the whole cluster.
  const typedStart: number[] = [];
  const typedEnd: number[] = [0];
  let text = '';
  for (const match of typed.matchAll(CLUSTER)) {
    const rawStart = match.index;
    const rawEnd = rawStart + match[0].length;
    const normalised = match[0].normalize('NFKC');
    for (let offset = 0; offset < normalised.length; offset += 1) {
      typedStart.push(rawStart);
      if (offset > 0) {
        typedEnd.push(rawEnd);
      }
    }
    if (normalised.length > 0) {
      typedEnd.push(rawEnd);
    }
    text += normalised;
  }
  typedStart.push(typed.length);
  return {
    text,
    typedSpan(start, end) {
      return { start: typedStart[start] ?? typed.length, end: typedEnd[end] ?? typed.length };
    },
  };
}
