/**
 * Day-first or month-first: WhatsApp writes the phone's locale order and says nothing about it,
 * so the order is read from the data. A first field above 12 can only be a day; a second field
 * above 12 can only be a day too. When neither happens the file is ambiguous and that is said
 * out loud, because a wrong guess moves every date in the file.
 *
 * The officer's order (a source's date order) settles an ambiguous file only. A file whose own
 * dates prove the order is read that way whatever the officer set: "20/01/19" read month-first
 * is no date at all, and "10/06/20" would silently become 6 October. The override is reported
 * with the line that proves it, so the officer sees why the setting was not followed.
 */

export type DateOrder = 'dmy' | 'mdy';

/** A header whose fields prove the order, kept to name it in a warning. */
export type OrderWitness = {
  /** 1-based line number in the export. */
  line: number;
  /** The timestamp as written. */
  dateRaw: string;
  /** The field above 12. */
  value: number;
};

/**
 * What the headers of one export show about the order, gathered one header at a time so that a
 * million-line export needs three small objects, not a million pairs.
 */
export class DateOrderEvidence {
  /** Headers with a day and a month (year-first dates are left out: their order is known). */
  dates = 0;
  /** The first header whose first field is above 12. */
  dayFirst: OrderWitness | null = null;
  /** The first header whose second field is above 12. */
  monthFirst: OrderWitness | null = null;

  /** Adds one header's first two date fields. */
  add(first: number, second: number, line: number, dateRaw: string): void {
    this.dates += 1;
    if (first > 12 && this.dayFirst === null) {
      this.dayFirst = { line, dateRaw, value: first };
    }
    if (second > 12 && this.monthFirst === null) {
      this.monthFirst = { line, dateRaw, value: second };
    }
  }
}

export type DateOrderDecision = {
  order: DateOrder;
  /** Why that order: the field that proved it, or that the file was ambiguous. */
  evidence: string;
  /**
   * 'data': the file's dates prove the order; 'requested': ambiguous, the officer's order taken;
   * 'ambiguous': ambiguous and no order set, dmy assumed; 'conflicting': the file proves both
   * orders; 'no-dates': no day/month dates at all (year-first, or no headers).
   */
  basis: 'data' | 'requested' | 'ambiguous' | 'conflicting' | 'no-dates';
  /** The header that overruled the officer's order, when the data and the setting disagree. */
  overruled: OrderWitness | null;
};

function describe(evidence: DateOrderEvidence): string {
  const { dayFirst, monthFirst } = evidence;
  return (
    (dayFirst ? `first field ${dayFirst.value} > 12 (day-first)` : '') +
    (dayFirst && monthFirst ? '; ' : '') +
    (monthFirst ? `second field ${monthFirst.value} > 12 (month-first)` : '')
  );
}

/** Decide the order from a file's evidence and the officer's setting ('auto' when none). */
export function decideDateOrder(evidence: DateOrderEvidence, requested: DateOrder | 'auto' = 'auto'): DateOrderDecision {
  const { dayFirst, monthFirst } = evidence;
  const seen = describe(evidence);
  if (dayFirst && monthFirst) {
    // The file contradicts itself (a hand-edited export, two phones' exports pasted together):
    // the data cannot decide, so the officer's order, else dmy, is taken and the doubt reported.
    const order = requested === 'auto' ? 'dmy' : requested;
    return { order, evidence: `conflicting: ${seen}; ${requested === 'auto' ? 'defaulted to dmy' : `${order} as set by caller`}`, basis: 'conflicting', overruled: null };
  }
  if (dayFirst || monthFirst) {
    const order: DateOrder = dayFirst ? 'dmy' : 'mdy';
    const overruled = requested !== 'auto' && requested !== order ? (dayFirst ?? monthFirst) : null;
    return { order, evidence: overruled ? `${seen}; overrides ${requested} set by caller` : seen, basis: 'data', overruled };
  }
  if (evidence.dates === 0) {
    return { order: requested === 'auto' ? 'dmy' : requested, evidence: 'no day/month dates', basis: 'no-dates', overruled: null };
  }
  const what = `all ${evidence.dates} dates have both fields ≤ 12`;
  if (requested !== 'auto') {
    return { order: requested, evidence: `set by caller; ${what}`, basis: 'requested', overruled: null };
  }
  return { order: 'dmy', evidence: `ambiguous: ${what}; defaulted to dmy`, basis: 'ambiguous', overruled: null };
}
