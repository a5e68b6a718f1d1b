/**
 * Splitting text into user-perceived characters, so that breaking a long word or cutting a
 * title never separates an accent from its letter or splits an emoji sequence.
 *
 * Why not `Intl.Segmenter`: in the Node builds we ship, segmenting is far from linear (100,000
 * ASCII characters take seconds, 100,000 CJK characters take minutes), and a record body can hold
 * a 100 KB base64 line. This approximation of the Unicode rules is linear and covers what
 * matters for drawing: combining marks (accents, Indic vowel signs, variation selectors,
 * enclosing keycaps), emoji modifiers and tags, zero-width-joiner sequences, and flag pairs.
 */

const CLUSTER = new RegExp(
  [
    // A flag: two regional indicators.
    '\\p{Regional_Indicator}{2}',
    // A base character with its marks, modifiers and tags, then any ZWJ-joined continuations.
    '[^\\p{M}](?:[\\p{M}\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}])*(?:\\u200D[^\\p{M}](?:[\\p{M}\\u{1F3FB}-\\u{1F3FF}])*)*',
    // Marks with no base (text that starts with an accent).
    '\\p{M}+',
  ].join('|'),
  'gsu',
);

/** `text` as a list of grapheme clusters, in order; joining them gives `text` back. */
export function splitGraphemes(text: string): string[] {
  return text.match(CLUSTER) ?? [];
}
