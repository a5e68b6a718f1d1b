/**
 * The byte strings to try for one password a person typed.
 *
 * pdf.js takes a password as a "binary string" (one character per byte). Older PDF encryption
 * (revisions 2–4) expects the password in PDFDocEncoding, which for Latin letters is the low byte
 * of the character: what pdf.js does with the string as typed. AES-256 (revisions 5 and 6) expects
 * UTF-8 after SASLprep normalisation, which pdf.js 5.6 does not do, so "pässwört" must also be
 * tried as its UTF-8 bytes, and in NFKC (SASLprep folds compatibility characters).
 */

function utf8BinaryString(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

/** Candidates for each password in order, without repeats. */
export function passwordCandidates(passwords: readonly string[]): string[] {
  const candidates = new Set<string>();
  for (const password of passwords) {
    candidates.add(password);
    candidates.add(utf8BinaryString(password));
    candidates.add(utf8BinaryString(password.normalize('NFKC')));
  }
  return [...candidates];
}
