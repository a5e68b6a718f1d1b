/**
 * Bates numbers: a prefix and a zero-padded counter stamped on every page of a production, so
 * that any page can be cited and a missing page is noticed.
 */
export type BatesScheme = {
  prefix: string;
  start: number;
  width: number;
};

export const DEFAULT_BATES_WIDTH = 6;

export function formatBates(scheme: BatesScheme, pageOffset: number): string {
  const number = scheme.start + pageOffset;
  return `${scheme.prefix}${String(number).padStart(scheme.width, '0')}`;
}

/** Prefixes appear on every page and in file names: keep them to a safe, printable set. */
export const BATES_PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$/;
