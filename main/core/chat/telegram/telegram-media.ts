/**
 * What a Telegram message carries besides text: the files it names and whether the export left
 * them out. Telegram Desktop writes a file's relative path (`photos/photo_1@05-07-2022.jpg`), or,
 * when the officer's export settings skipped it, a note in brackets in the same field. A skipped
 * file is a gap in the record and is marked 'media-omitted'.
 */
import { arrayField, isRecord, numberField, recordField, stringField, type JsonRecord } from '../json-fields.js';
import { baseName } from '../../util/base-name.js';

/** The notes Telegram Desktop writes instead of a path ("(File not included. Change data exporting settings to download.)"). */
const SKIPPED = /^\((?:File|Photo) (?:not included|exceeds maximum size|unavailable)\b/;

/** True when a path field holds Telegram's "file not in this export" note instead of a path. */
export function isSkippedFileNote(value: string): boolean {
  return SKIPPED.test(value);
}

const PATH_FIELDS = ['photo', 'file', 'contact_vcard'] as const;

/** The files a message names and whether the export left any of them out. */
export type TelegramMedia = {
  /** File names the message refers to: `file_name` when given, else the path's last segment. */
  attachments: string[];
  /** True when a file field holds a skip note instead of a path. */
  omitted: boolean;
};

/** The files a message names and whether any of them was left out of the export. */
export function telegramMedia(message: JsonRecord): TelegramMedia {
  const attachments: string[] = [];
  let omitted = false;
  for (const field of PATH_FIELDS) {
    const value = stringField(message, field);
    if (value === '') {
      continue;
    }
    const skipped = isSkippedFileNote(value);
    omitted ||= skipped;
    // Since 2023 `file_name` names a document even when the file itself was skipped.
    const name = field === 'file' && stringField(message, 'file_name') !== '' ? stringField(message, 'file_name') : skipped ? '' : baseName(value);
    if (name !== '' && !attachments.includes(name)) {
      attachments.push(name);
    }
  }
  return { attachments, omitted };
}

/**
 * Searchable text for content that is not `text`: a poll's question and answers, a shared
 * contact, a location or venue. '' when the message has none.
 */
export function telegramMediaText(message: JsonRecord): string {
  const lines: string[] = [];
  const poll = recordField(message, 'poll');
  if (poll) {
    lines.push(`Poll: ${stringField(poll, 'question')}`);
    for (const answer of arrayField(poll, 'answers').filter(isRecord)) {
      lines.push(`- ${stringField(answer, 'text')} (${numberField(answer, 'voters') ?? 0})`);
    }
  }
  const contact = recordField(message, 'contact_information');
  if (contact) {
    const name = [stringField(contact, 'first_name'), stringField(contact, 'last_name')].filter((part) => part !== '').join(' ');
    lines.push(`Contact: ${[name, stringField(contact, 'phone_number')].filter((part) => part !== '').join(', ')}`);
  }
  const place = [stringField(message, 'place_name'), stringField(message, 'address')].filter((part) => part !== '');
  if (place.length > 0) {
    lines.push(`Place: ${place.join(', ')}`);
  }
  const location = recordField(message, 'location_information');
  if (location) {
    lines.push(`Location: ${numberField(location, 'latitude') ?? '?'}, ${numberField(location, 'longitude') ?? '?'}`);
  }
  return lines.join('\n');
}
