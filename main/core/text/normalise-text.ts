/**
 * Normalisation applied to extracted text before indexing and hashing. NFKC folds presentation
 * forms (Arabic U+FExx, Kangxi radicals) into the characters people type into the search box.
 */
export function normaliseForIndex(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .normalize('NFKC');
}

/** The form used for duplicate detection: whitespace differences do not make a new record. */
export function normaliseForHash(text: string): string {
  return normaliseForIndex(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
