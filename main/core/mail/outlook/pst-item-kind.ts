/**
 * What kind of Outlook item a message class names. Records are made from emails only; every other
 * kind is still reported, so the ingest report can count contacts, calendar entries and the rest
 * instead of dropping them silently.
 *
 * "Email" is anything that moved between people as a message:
 * - IPM.Note and its subclasses (signed, encrypted, custom forms, out-of-office templates);
 * - IPM.Schedule.Meeting.* (requests, responses, cancellations): they are sent and received like
 *   mail and carry a body, and readpst writes them to the mbox too (SampleOstFile.ost: 6 of its
 *   87 emails are meeting requests);
 * - REPORT.* (delivery, non-delivery and read reports): evidence that a message was sent or read;
 * - IPM.Post (posts to a folder), IPM.TaskRequest.*, IPM.Sharing, IPM.Outlook.Recall.
 * Message classes compare case-insensitively ([MS-OXCMSG] 2.2.1.3).
 */

export type PstItemKind = 'email' | 'contact' | 'calendar' | 'task' | 'note' | 'journal' | 'distribution-list' | 'other';

const EMAIL_PREFIXES = ['ipm.note', 'ipm.schedule.meeting', 'report.', 'ipm.post', 'ipm.taskrequest', 'ipm.sharing', 'ipm.outlook.recall'];

const KIND_PREFIXES: Array<[string, PstItemKind]> = [
  ['ipm.contact', 'contact'],
  ['ipm.distlist', 'distribution-list'],
  ['ipm.appointment', 'calendar'],
  // Exceptions to recurring appointments carry this OLE class.
  ['ipm.ole.class.{00061055-0000-0000-c000-000000000046}', 'calendar'],
  ['ipm.task', 'task'],
  ['ipm.stickynote', 'note'],
  ['ipm.activity', 'journal'],
];

/** True when `messageClass` is `prefix` or a subclass of it ('IPM.Note' matches 'IPM.Note.SMIME'). */
function isClassOrSubclass(messageClass: string, prefix: string): boolean {
  if (prefix.endsWith('.')) {
    return messageClass.startsWith(prefix);
  }
  return messageClass === prefix || messageClass.startsWith(`${prefix}.`);
}

export function itemKindOf(messageClass: string): PstItemKind {
  const lower = messageClass.trim().toLowerCase();
  if (EMAIL_PREFIXES.some((prefix) => isClassOrSubclass(lower, prefix))) {
    return 'email';
  }
  for (const [prefix, kind] of KIND_PREFIXES) {
    if (isClassOrSubclass(lower, prefix)) {
      return kind;
    }
  }
  return 'other';
}
