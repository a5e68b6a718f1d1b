/**
 * What an officer probably meant by a code that is not exactly one in the catalogue. Officers
 * type codes the way they see them printed ('(b)(6)', 'Section 40(2)', 'Exemption 7(C)'), cite a
 * finer subdivision than the catalogue records ('s36(2)(b)(i)'), or slip a key ('b10'); each
 * deserves a different answer, so this says which case it is and validation words the message.
 */
import type { ExemptionCatalogue, ExemptionEntry, ExemptionGroup, NotAnExemption } from './exemption-catalogue.js';

export type ExemptionCodeMatch<Entry extends ExemptionEntry> =
  | { kind: 'exemption'; entry: Entry; how: 'exact' | 'spelling' | 'narrower' }
  | { kind: 'group'; group: ExemptionGroup }
  | { kind: 'not-an-exemption'; entry: NotAnExemption }
  | { kind: 'near'; entries: Entry[] }
  | { kind: 'none' };

/** More equally near codes than this and a guess would be noise: the catalogue's hint says more. */
const MAX_NEAR_SUGGESTIONS = 3;

export function matchExemptionCode<Entry extends ExemptionEntry>(catalogue: ExemptionCatalogue<Entry>, typed: string): ExemptionCodeMatch<Entry> {
  const text = typed.trim();
  const exact = catalogue.exemptions.find((entry) => entry.code === text);
  if (exact) {
    return { kind: 'exemption', entry: exact, how: 'exact' };
  }
  const key = codeKey(text);
  const group = catalogue.groups.find((candidate) => candidate.code === text || codeKey(candidate.code) === key);
  if (group) {
    return { kind: 'group', group };
  }
  const notExemption = catalogue.notExemptions.find((candidate) => candidate.code === text || codeKey(candidate.code) === key);
  if (notExemption) {
    return { kind: 'not-an-exemption', entry: notExemption };
  }
  const spelled = catalogue.exemptions.find((entry) => codeKey(entry.code) === key);
  if (spelled) {
    return { kind: 'exemption', entry: spelled, how: 'spelling' };
  }
  const broader = broaderExemption(catalogue.exemptions, text);
  if (broader) {
    return { kind: 'exemption', entry: broader, how: 'narrower' };
  }
  const near = nearestExemptions(catalogue.exemptions, key);
  return near.length > 0 && near.length <= MAX_NEAR_SUGGESTIONS ? { kind: 'near', entries: near } : { kind: 'none' };
}

/**
 * A form of a code that ignores how it is written: case, brackets, spaces and dots, and the
 * words put before it ('Section', 's.', 'Exemption', '5 U.S.C. 552'). '(b)(7)(C)', 'b7c' and
 * 'Exemption 7(C)' all become '7c'; 'Section 40(2)' and 's.40(2)' become '402'.
 */
export function codeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/^5usc/, '')
    .replace(/^552(?=b)/, '')
    .replace(/^(?:exemption|section|sec|s|b)(?=\d)/, '');
}

/** The entry that a finer citation falls under: 's36(2)(b)(i)' under 's36', '(b)(7)(C)(ii)' under 'b7C'. */
function broaderExemption<Entry extends ExemptionEntry>(exemptions: readonly Entry[], text: string): Entry | null {
  let rest = text;
  for (;;) {
    const shorter = rest.replace(/\([^()]*\)\s*$/, '');
    if (shorter === rest || shorter.trim() === '') {
      return null;
    }
    rest = shorter;
    const key = codeKey(rest);
    const entry = exemptions.find((candidate) => codeKey(candidate.code) === key);
    if (entry) {
      return entry;
    }
  }
}

/**
 * The entries at the smallest edit distance, if that is a slip (one edit for short keys, two
 * otherwise). Among equally near ones, those of the typed length win: a wrong key is a likelier
 * slip than a missing or extra one, so 's4O(2)' means 's40(2)' or 's43(2)' before 's42'.
 */
function nearestExemptions<Entry extends ExemptionEntry>(exemptions: readonly Entry[], key: string): Entry[] {
  if (key === '') {
    return [];
  }
  const budget = key.length <= 2 ? 1 : 2;
  let best: Entry[] = [];
  let bestDistance = budget + 1;
  for (const entry of exemptions) {
    const distance = editDistance(key, codeKey(entry.code));
    if (distance < bestDistance) {
      best = [entry];
      bestDistance = distance;
    } else if (distance === bestDistance) {
      best.push(entry);
    }
  }
  const closestLength = Math.min(...best.map((entry) => Math.abs(codeKey(entry.code).length - key.length)));
  return best.filter((entry) => Math.abs(codeKey(entry.code).length - key.length) === closestLength);
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row.push(i === 0 ? j : 0);
    }
    rows.push(row);
  }
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] ?? [];
    const previous = rows[i - 1] ?? [];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = distance;
    }
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}
