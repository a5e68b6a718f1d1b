/**
 * Single-key coding in the viewer: one letter per decision (decision-keys.ts) and `u` to undo.
 * Ignored while the officer types in a field (a note containing "r" must not code the record)
 * and with modifier keys (Ctrl+R reloads, Ctrl+N opens a window).
 */
import { useEffect, useRef } from 'react';
import type { Decision } from '../../../shared/model/review.js';
import { UNDO_KEY, decisionForKey } from './decision-keys.js';

export type ReviewShortcuts = { decide(decision: Decision): void; undo(): void };

/** True when a key press belongs to a field the officer types in, not to the viewer's shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function useReviewShortcuts(shortcuts: ReviewShortcuts): void {
  // Latest handlers in a ref: the listener is installed once, yet always sees the current note.
  const latest = useRef(shortcuts);
  latest.current = shortcuts;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) {
        return;
      }
      const decision = decisionForKey(event.key);
      if (decision !== null) {
        event.preventDefault();
        latest.current.decide(decision);
      } else if (event.key.toUpperCase() === UNDO_KEY) {
        event.preventDefault();
        latest.current.undo();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
