/**
 * Day-first or month-first: WhatsApp writes the phone's locale order and says nothing about it,
 * so the order is read from the data. A first field above 12 can only be a day; a second field
 * above 12 can only be a day too. When neither happens the file is ambiguous and that is said
 * out loud, because a wrong guess moves every date in the file.
 */

export type DateOrder = 'dmy' | 'mdy';

export type DateOrderDecision = { order: DateOrder; evidence: string };

/** Decide the order from the date fields of every header (year-first dates are left out). */
export function decideDateOrder(
  fieldPairs: ReadonlyArray<readonly [number, number]>,
  requested: DateOrder | 'auto' = 'auto',
): DateOrderDecision {
  const dayFirst = fieldPairs.find(([first]) => first > 12);
  const monthFirst = fieldPairs.find(([, second]) => second > 12);
  const seen =
    (dayFirst ? `first field ${dayFirst[0]} > 12 (day-first)` : '') +
    (dayFirst && monthFirst ? '; ' : '') +
    (monthFirst ? `second field ${monthFirst[1]} > 12 (month-first)` : '');

  if (requested !== 'auto') {
    return { order: requested, evidence: `set by caller${seen ? `; data shows ${seen}` : ''}` };
  }
  if (dayFirst && monthFirst) {
    return { order: 'dmy', evidence: `conflicting: ${seen}; defaulted to dmy` };
  }
  if (dayFirst) {return { order: 'dmy', evidence: seen };}
  if (monthFirst) {return { order: 'mdy', evidence: seen };}
  const what = fieldPairs.length === 0 ? 'no day/month dates' : `all ${fieldPairs.length} dates have both fields ≤ 12`;
  return { order: 'dmy', evidence: `ambiguous: ${what}; defaulted to dmy` };
}
