/**
 * The key an SMS address is grouped by. Backups write one number several ways ("+1 555-000-0001",
 * "+15550000001"), so phone numbers keep only their digits and a leading +. Anything else (an RCS
 * group id "group_8@rcs.google.com", an alphanumeric sender "AMAZON") is kept as written, only
 * trimmed and lower-cased: stripping it to digits would merge unrelated threads.
 *
 * No country code is guessed: "5550000001" and "+15550000001" stay two keys, because the backup
 * does not say which country the phone was in.
 */

const PHONE_LIKE = /^[+\d\s().\-/]+$/;

/** True when the address is written like a phone number (digits, spaces, + ( ) . - /). */
export function looksLikePhoneNumber(address: string): boolean {
  const trimmed = address.trim();
  return PHONE_LIKE.test(trimmed) && /\d/.test(trimmed);
}

/** The grouping key for one address: `+15550000001`, `12345`, `group_8@rcs.google.com`. */
export function addressKey(address: string): string {
  const trimmed = address.trim();
  if (looksLikePhoneNumber(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return trimmed.startsWith('+') ? `+${digits}` : digits;
  }
  return trimmed.toLowerCase();
}

/** The addresses of a thread as SMS Backup & Restore writes them: several joined by '~'. */
export function splitAddresses(address: string): string[] {
  return address
    .split('~')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'null');
}
