/**
 * The single keys that code the open record, one per decision, the key that undoes, the key
 * that redacts the selection and the keys that move to the next and previous record. Letters name the decision (R release, P part, W withhold, E
 * referral, D duplicate, N not responsive), so an officer's hand learns them from the buttons.
 */
import type { Decision } from '../../../shared/model/review.js';

export const DECISION_KEYS: Readonly<Record<Decision, string>> = {
  'release-in-full': 'R',
  'release-in-part': 'P',
  'withhold-in-full': 'W',
  referral: 'E',
  duplicate: 'D',
  'not-responsive': 'N',
};

export const UNDO_KEY = 'U';

/** Redacts the text selected in the body or a header field. */
export const REDACT_KEY = 'X';

/** Open the next and the previous record of the results or the batch (as j/k move in the result list). */
export const NEXT_KEY = 'J';
export const PREVIOUS_KEY = 'K';

/** The decision a key press stands for, without regard to case; null for any other key. */
export function decisionForKey(key: string): Decision | null {
  const upper = key.toUpperCase();
  const found = (Object.entries(DECISION_KEYS) as Array<[Decision, string]>).find(([, letter]) => letter === upper);
  return found ? found[0] : null;
}
