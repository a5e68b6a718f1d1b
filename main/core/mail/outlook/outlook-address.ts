/**
 * Outlook describes a person with up to four properties: a display name, an address type
 * ('SMTP', 'EX' for Exchange, 'FAX'…), an address in that type, and (since Exchange 2007) a
 * separate SMTP address. Mail is searched and threaded by SMTP address, so that one is preferred;
 * when an Exchange item carries only the X.500 distinguished name ("/O=ORG/OU=…/CN=…"), the DN is
 * kept, lower-cased, because Exchange compares DNs case-insensitively and writes them in both cases.
 */
import type { MailAddress } from '../mail-message.js';

/** The properties that name one sender or recipient. */
export type OutlookPerson = {
  name: string;
  addressType: string;
  address: string;
  smtpAddress: string;
};

export const NOBODY: OutlookPerson = { name: '', addressType: '', address: '', smtpAddress: '' };

/** True when the person has no name and no address at all. */
export function isNobody(person: OutlookPerson): boolean {
  return person.name === '' && person.address === '' && person.smtpAddress === '';
}

/** The best address for a person: SMTP when known, else the native address (a DN lower-cased). */
export function bestAddress(person: OutlookPerson): string {
  const smtp = person.smtpAddress.trim();
  if (smtp !== '') {
    return smtp;
  }
  const native = person.address.trim();
  if (person.addressType.toUpperCase() === 'EX' || native.startsWith('/')) {
    return native.toLowerCase();
  }
  return native;
}

/** True when the only address known is an Exchange distinguished name. */
export function hasOnlyExchangeAddress(person: OutlookPerson): boolean {
  return bestAddress(person).startsWith('/');
}

export function toMailAddress(person: OutlookPerson): MailAddress {
  return { name: person.name.trim(), address: bestAddress(person) };
}
