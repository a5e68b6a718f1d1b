/**
 * What the SMS Backup & Restore attributes mean, shared by the sms, mms and call readers: which
 * folder a message sat in, how the timestamps are written, how a missing value is spelled. The
 * app writes a missing value as the text "null" and an unknown contact as "(Unknown)".
 */
import type { ChatItem, ChatPerson } from '../chat-message.js';
import { epochToIso } from '../zoned-time.js';

/**
 * Where the phone kept the message. A draft, an outbox, a failed or a queued message was never
 * delivered, which matters when it is produced as a record, so the folder travels with the item.
 */
export type SmsFolder = 'inbox' | 'sent' | 'draft' | 'outbox' | 'failed' | 'queued' | 'calls' | 'unknown';

/** A chat item from an SMS backup, with the folder the phone kept it in. */
export type SmsBackupItem = ChatItem & { folder: SmsFolder };

/** What every record reader needs: the officer's zone and who owned the phone, if known. */
export type SmsContext = {
  timeZone: string;
  /** The phone's owner, when the officer knows it: the sender of sent messages. */
  owner: ChatPerson;
};

/** Android's numbering, the same for an sms `type` and an mms `msg_box` (5 and 6 are sms-only). */
const FOLDERS: Record<string, SmsFolder> = {
  '1': 'inbox',
  '2': 'sent',
  '3': 'draft',
  '4': 'outbox',
  '5': 'failed',
  '6': 'queued',
};

/** The folder for an sms `type` or mms `msg_box` value; 'unknown' for anything else. */
export function folderOf(value: string | undefined): SmsFolder {
  return FOLDERS[value?.trim() ?? ''] ?? 'unknown';
}

/** The attribute's value, or '' when it is absent or written as "null". */
export function present(value: string | undefined): string {
  return value === undefined || value === 'null' ? '' : value;
}

/** The contact's name, or '' for the app's "(Unknown)" and for a missing name. */
export function contactName(value: string | undefined): string {
  const name = present(value).trim();
  return name === '(Unknown)' ? '' : name;
}

/**
 * A backup `date` (milliseconds since 1970) as ISO in the officer's zone. Values under 1e11 are
 * read as seconds: Android stores MMS dates in seconds, and a millisecond value that small would
 * be March 1973, before any phone could send a text.
 */
export function backupDate(raw: string | undefined, timeZone: string): { iso: string | null; problem: string | null } {
  const text = raw?.trim() ?? '';
  if (!/^-?\d+$/.test(text)) {
    return { iso: null, problem: text === '' ? 'no date' : `unreadable date "${text.slice(0, 40)}"` };
  }
  const value = Number(text);
  const iso = epochToIso(Math.abs(value) < 1e11 ? value * 1000 : value, timeZone);
  return { iso, problem: iso === null ? `date "${text.slice(0, 40)}" is out of range` : null };
}

/** "Subject: …" above the body when the message has a subject, as a reader of the packet needs it. */
export function withSubject(subject: string, body: string): string {
  const trimmed = subject.trim();
  if (trimmed === '') {
    return body;
  }
  return body === '' ? `Subject: ${trimmed}` : `Subject: ${trimmed}\n\n${body}`;
}
