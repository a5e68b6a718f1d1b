/**
 * One `<mms>` element as a chat item, gathered from its `<part>` and `<addr>` children as they
 * stream past. Text parts make the text, SMIL parts are only the slide layout and are left out,
 * every other part is an attachment whose bytes the backup carries in base64 (`data`).
 *
 * Addresses: type 137 is the sender, 151 a recipient, 130 a copy, 129 a blind copy. For a sent
 * message the 137 address is the owner's own number (or a placeholder token), which the item
 * keeps as the sender's id when it is a real number that is not one of the thread's parties.
 */
import { emptyChatItem, type ChatInlineFile, type ChatPerson } from '../chat-message.js';
import { addressKey, looksLikePhoneNumber, splitAddresses } from './phone-address.js';
import { backupDate, contactName, folderOf, present, withSubject, type SmsBackupItem, type SmsContext } from './sms-fields.js';
import { decodeStrictBase64 } from './strict-base64.js';

const FROM = '137';
const RECIPIENT_TYPES = new Set(['151', '130', '129']);

/** One MMS being read: its parts and addresses are added as they stream past, then `finish` makes the item. */
export class MmsRecord {
  private readonly attributes: Record<string, string>;
  private readonly locator: string;
  private readonly maxTotalChars: number;
  private readonly texts: string[] = [];
  private readonly attachments: string[] = [];
  private readonly files: ChatInlineFile[] = [];
  private readonly addresses: Array<{ address: string; type: string }> = [];
  private readonly problems: string[] = [];
  private readonly decodeFiles: boolean;
  private dataChars = 0;
  private parts = 0;

  /**
   * @param attributes the `<mms>` element's attributes
   * @param locator the item's locator (`mms[3]`)
   * @param maxTotalChars the most base64 held for one message's parts; later parts keep no bytes
   * @param decodeFiles false to list the files without decoding their bytes (or checking them)
   */
  constructor(attributes: Record<string, string>, locator: string, maxTotalChars: number, decodeFiles = true) {
    this.attributes = attributes;
    this.locator = locator;
    this.maxTotalChars = maxTotalChars;
    this.decodeFiles = decodeFiles;
  }

  /**
   * Adds a `<part>`. `cutAttributes` names attributes the size guard cut short: their values are
   * not whole, so they are not used.
   */
  addPart(attributes: Record<string, string>, line: number, cutAttributes: ReadonlySet<string>): void {
    this.parts++;
    const type = present(attributes['ct']).trim().toLowerCase();
    if (type === 'application/smil') {
      return;
    }
    const name = present(attributes['name']) || present(attributes['cl']) || present(attributes['fn']) || `part-${this.parts}`;
    const where = `part "${name}" (line ${line})`;
    const data = cutAttributes.has('data') ? undefined : attributes['data'];
    if (type.startsWith('text/plain')) {
      if (cutAttributes.has('text')) {
        this.problems.push(`${where}: its text is over the size limit and is left out`);
      } else if (attributes['text'] !== undefined) {
        this.texts.push(attributes['text']);
      } else if (data !== undefined) {
        const decoded = decodeStrictBase64(data);
        if ('bytes' in decoded) {
          this.texts.push(new TextDecoder().decode(decoded.bytes));
        } else {
          this.problems.push(`${where}: its text data is not valid base64 (${decoded.error})`);
        }
      }
      return;
    }
    this.attachments.push(name);
    const mimeType = type || 'application/octet-stream';
    if (!this.decodeFiles) {
      this.files.push({ name, mimeType, content: null });
      return;
    }
    if (cutAttributes.has('data')) {
      this.problems.push(`${where}: its data is over the size limit; the file is kept without its bytes`);
      this.files.push({ name, mimeType, content: null });
      return;
    }
    if (data === undefined || present(data) === '') {
      this.problems.push(`${where}: the backup holds no data for this file`);
      this.files.push({ name, mimeType, content: null });
      return;
    }
    this.dataChars += data.length;
    if (this.dataChars > this.maxTotalChars) {
      this.problems.push(`${where}: the message's attachments together are over the size limit; the file is kept without its bytes`);
      this.files.push({ name, mimeType, content: null });
      return;
    }
    const decoded = decodeStrictBase64(data);
    if ('bytes' in decoded) {
      this.files.push({ name, mimeType, content: decoded.bytes });
    } else {
      this.problems.push(`${where}: its data is not valid base64 (${decoded.error}); the file is kept without its bytes`);
      this.files.push({ name, mimeType, content: null });
    }
  }

  /** Adds an `<addr>`. */
  addAddress(attributes: Record<string, string>): void {
    const address = present(attributes['address']).trim();
    if (address !== '') {
      this.addresses.push({ address, type: (attributes['type'] ?? '').trim() });
    }
  }

  /** The finished item. `cutShort` marks a message the file ends inside of. */
  finish(context: SmsContext, cutShort: boolean): { item: SmsBackupItem; problems: string[] } {
    const problems = [...this.problems];
    const attributes = this.attributes;
    const folder = folderOf(attributes['msg_box']);
    if (folder === 'unknown') {
      problems.push(`unknown msg_box "${attributes['msg_box'] ?? ''}"; direction not known`);
    }
    const threadAddress = present(attributes['address']).trim();
    const participants = splitAddresses(threadAddress);
    const participantKeys = participants.map(addressKey);
    const threadName = contactName(attributes['contact_name']);
    const names = namesByKey(participantKeys, threadName, context.owner);

    const from = this.addresses.find((a) => a.type === FROM);
    let senderKey = '';
    let sender = '';
    if (folder === 'inbox') {
      const raw = from?.address ?? (participants.length === 1 ? (participants[0] ?? '') : '');
      senderKey = raw === '' ? '' : addressKey(raw);
      sender = names.get(senderKey) || raw;
    } else if (folder !== 'unknown') {
      const ownNumber = from !== undefined && looksLikePhoneNumber(from.address) && !participantKeys.includes(addressKey(from.address));
      senderKey = context.owner.id || (ownNumber && from ? addressKey(from.address) : '');
      sender = context.owner.name;
    }

    const recipients: ChatPerson[] = [];
    const seen = new Set<string>([senderKey]);
    const addRecipient = (key: string): void => {
      if (key !== '' && !seen.has(key)) {
        seen.add(key);
        recipients.push({ name: names.get(key) ?? '', id: key });
      }
    };
    for (const address of this.addresses) {
      if (RECIPIENT_TYPES.has(address.type)) {
        addRecipient(addressKey(address.address));
      }
    }
    if (recipients.length === 0 && folder !== 'inbox' && folder !== 'unknown') {
      participantKeys.forEach(addRecipient);
    }

    const date = backupDate(attributes['date'], context.timeZone);
    if (date.problem !== null) {
      problems.push(date.problem);
    }
    if (cutShort) {
      problems.push('the file ends inside this message: parts and addresses after the cut are missing');
    }
    const item: SmsBackupItem = {
      ...emptyChatItem(),
      locator: this.locator,
      folder,
      conversation: threadName || participants.join(', '),
      conversationId: [...new Set(participantKeys)].sort().join('~'),
      sender,
      senderId: senderKey,
      recipients,
      dateIso: date.iso,
      dateRaw: attributes['date'] ?? '',
      text: withSubject(present(attributes['sub']), this.texts.join('\n')),
      attachments: this.attachments,
      inlineFiles: this.files,
      messageId: present(attributes['m_id']).trim(),
    };
    return { item, problems };
  }
}

/**
 * Names for the thread's addresses. The backup gives one `contact_name` per thread: for a group
 * it lists the names comma-separated in the order of the addresses, so they are paired only when
 * the counts agree.
 */
function namesByKey(keys: string[], threadName: string, owner: ChatPerson): Map<string, string> {
  const names = new Map<string, string>();
  if (owner.id !== '' && owner.name !== '') {
    names.set(owner.id, owner.name);
  }
  if (threadName === '') {
    return names;
  }
  const split = keys.length === 1 ? [threadName] : threadName.split(/,\s*/);
  if (split.length === keys.length) {
    keys.forEach((key, index) => names.set(key, split[index] ?? ''));
  }
  return names;
}
