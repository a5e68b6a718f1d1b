/**
 * Single-key coding in the viewer: `r` responsive, `n` not responsive. Ignored while the officer
 * types in a field (a note containing "r" must not code the record) and with modifier keys
 * (Ctrl+R reloads, Ctrl+N opens a window).
 */
import { useEffect, useRef } from 'react';

export type ReviewShortcuts = { responsive(): void; notResponsive(): void };

function isTextEntry(target: EventTarget | null): boolean {
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
      if (event.key === 'r' || event.key === 'R') {
        event.preventDefault();
        latest.current.responsive();
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        latest.current.notResponsive();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
