/**
 * Character error rate: how far OCR text is from a reference transcript, as the edit distance
 * (insertions, deletions, substitutions) divided by the reference's length. Whitespace is
 * collapsed first, so line breaks and column gaps do not count as errors; everything else
 * (case, punctuation, a "0" for a bullet) does.
 */

/** Collapses every run of whitespace to one space and trims the ends. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance over Unicode code points, in O(min(m, n)) memory. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const [long, short] = left.length >= right.length ? [left, right] : [right, left];
  let previous = Array.from({ length: short.length + 1 }, (_, index) => index);
  let current = new Array<number>(short.length + 1).fill(0);
  for (let i = 1; i <= long.length; i += 1) {
    current[0] = i;
    const char = long[i - 1];
    for (let j = 1; j <= short.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (char === short[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[short.length] ?? 0;
}

/** CER of `hypothesis` against `reference` after whitespace normalisation; 0 for two empty texts. */
export function characterErrorRate(hypothesis: string, reference: string): number {
  const ref = normaliseWhitespace(reference);
  const hyp = normaliseWhitespace(hypothesis);
  const length = Array.from(ref).length;
  if (length === 0) {
    return hyp === '' ? 0 : 1;
  }
  return editDistance(hyp, ref) / length;
}
