/**
 * A one-line description of a store item that does not become a record (a contact, a calendar
 * entry, a task…), for the ingest report: enough for a person to recognise the item and to see
 * that it was counted, not dropped.
 */
import type { PSTFile, PSTMessage } from 'pst-extractor';
import { dateToIso } from './outlook-time.js';
import type { PstItemKind } from './pst-item-kind.js';
import { namedPropertyId, PSETID_ADDRESS, PSETID_APPOINTMENT, PSETID_LOG, PSETID_TASK, stringProperty } from './pst-internals.js';

const PR_DISPLAY_NAME = 0x3001;
/** Named properties ([MS-OXPROPS]) by long id. */
const PID_LID_EMAIL1_EMAIL_ADDRESS = 0x8083;
const PID_LID_DISTRIBUTION_LIST_NAME = 0x8053;
const PID_LID_APPOINTMENT_START_WHOLE = 0x820d;
const PID_LID_LOCATION = 0x8208;
const PID_LID_TASK_DUE_DATE = 0x8105;
const PID_LID_LOG_TYPE = 0x8700;
const PID_LID_LOG_START = 0x8706;

export function describeItem(pst: PSTFile, item: PSTMessage, kind: PstItemKind): string {
  const subject = item.subject.trim();
  const named = (lid: number, set: number): string => stringProperty(item, namedPropertyId(pst, lid, set)).trim();
  const date = (lid: number, set: number): string => dateToIso(item.getDateItem(namedPropertyId(pst, lid, set))) ?? '';
  switch (kind) {
    case 'contact': {
      const name = stringProperty(item, PR_DISPLAY_NAME).trim() || subject;
      return joined(name, bracketed(named(PID_LID_EMAIL1_EMAIL_ADDRESS, PSETID_ADDRESS)));
    }
    case 'distribution-list':
      return named(PID_LID_DISTRIBUTION_LIST_NAME, PSETID_ADDRESS) || stringProperty(item, PR_DISPLAY_NAME).trim() || subject;
    case 'calendar':
      return joined(subject, date(PID_LID_APPOINTMENT_START_WHOLE, PSETID_APPOINTMENT), atPlace(named(PID_LID_LOCATION, PSETID_APPOINTMENT)));
    case 'task': {
      const due = date(PID_LID_TASK_DUE_DATE, PSETID_TASK);
      return joined(subject, due === '' ? '' : `due ${due}`);
    }
    case 'journal':
      return joined(subject, named(PID_LID_LOG_TYPE, PSETID_LOG), date(PID_LID_LOG_START, PSETID_LOG));
    case 'note':
      return subject;
    case 'email':
    case 'other':
      return joined(item.messageClass, subject);
  }
}

function joined(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' — ');
}

function bracketed(address: string): string {
  return address === '' ? '' : `<${address}>`;
}

function atPlace(location: string): string {
  return location === '' ? '' : `at ${location}`;
}
