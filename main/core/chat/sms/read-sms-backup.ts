/**
 * SMS Backup & Restore (Android) XML backups as chat items, streamed: backups with MMS photos run
 * to gigabytes, so the file is read chunk by chunk with saxes and each message is handed on as
 * soon as its element closes. Message backups (`<smses>` with `<sms>` and `<mms>`) and call-log
 * backups (`<calls>` with `<call>`) are both read.
 *
 * Hostile input: saxes never reads a DTD's entity declarations, so `&lol9;` (billion laughs) or
 * an external entity stays the literal text it is, with an "undefined entity" problem; nothing is
 * expanded or fetched. `XmlSizeGuard` bounds every attribute value, text run, comment and DOCTYPE
 * at `maxValueChars`, so a 100 MB line costs at most that much memory.
 *
 * Broken input: every XML error is a problem naming its line and column, and reading goes on
 * (saxes recovers); a file cut short yields everything before the cut, the message it stops in
 * marked incomplete, and a problem naming the line where it stops. Emoji that older versions of
 * the app wrote as two character references are decoded first (`char-references.ts`).
 *
 * Locators count elements as XPath does: `sms[12]` is the twelfth `<sms>`, `mms[3]`, `call[5]`.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../../../shared/errors.js';
import type { ChatPerson, ChatProblem } from '../chat-message.js';
import { throwIfCancelled } from '../mapped/cancellation.js';
import { decodeChunks, peekHead } from '../mapped/text-chunks.js';
import { isValidTimeZone } from '../zoned-time.js';
import { callRecordItem } from './call-record.js';
import { RefusedReferenceRepair } from './char-references.js';
import { MmsRecord } from './mms-record.js';
import type { SmsBackupItem, SmsContext } from './sms-fields.js';
import { smsRecordItem } from './sms-record.js';
import { xmlEncoding } from './xml-encoding.js';
import { XmlSizeGuard, type GuardNotice } from './xml-size-guard.js';

/** The item type and its folders, for callers of this reader. */
export type { SmsBackupItem, SmsFolder } from './sms-fields.js';

/** How to read a backup: the officer's zone, cancellation, the owner, the size bound. */
export type SmsBackupOptions = {
  /** IANA zone the officer chose; dates are shown with its offset. */
  timeZone: string;
  signal?: AbortSignal;
  /** The phone's owner, when known: named as the sender of sent messages and calls. */
  owner?: ChatPerson;
  /**
   * The most characters of one attribute value, text run, comment or DOCTYPE kept; a longer one
   * is left out and reported. Default 64 MiB: an MMS part sent over a carrier is at most about
   * 1 MB (1.4 MB of base64), and RCS files backed up as MMS parts rarely pass 40 MB, while one
   * value of this size costs about 64 MB as a string plus 48 MB decoded.
   */
  maxValueChars?: number;
  /**
   * Which messages' files are decoded, by locator (`mms[3]`); default every message's. Reading one
   * file back (review/sms-part-bytes.ts) decodes only its own message's, not every photo in the
   * gigabytes before it. The files of a message left out are listed with no bytes and no problem.
   */
  decodeFilesOf?: (locator: string) => boolean;
};

/** What the reader yields: an item, or a problem naming its place. */
export type SmsBackupOutput = SmsBackupItem | { problem: ChatProblem };

/** The default `maxValueChars` (64 MiB); see `SmsBackupOptions`. */
export const DEFAULT_MAX_VALUE_CHARS = 64 * 1024 * 1024;

/** XML errors reported one per line and at most this many, so one broken file cannot flood the log. */
const MAX_XML_PROBLEMS = 100;

type OpenMms = { record: MmsRecord; line: number; locator: string };

/**
 * Reads an SMS Backup & Restore backup from its bytes, in file order: one item per `<sms>`,
 * `<mms>` and `<call>`, and a problem for anything unreadable. Never throws for what the file
 * holds. Throws AppError 'invalid-args' for bad options and 'cancelled' when the signal fires.
 */
export async function* readSmsBackup(chunks: AsyncIterable<Uint8Array>, options: SmsBackupOptions): AsyncGenerator<SmsBackupOutput> {
  if (!isValidTimeZone(options.timeZone)) {
    throw new AppError('invalid-args', `unknown time zone "${options.timeZone}"`, { timeZone: options.timeZone });
  }
  const maxValueChars = options.maxValueChars ?? DEFAULT_MAX_VALUE_CHARS;
  if (!Number.isSafeInteger(maxValueChars) || maxValueChars < 1) {
    throw new AppError('invalid-args', `maxValueChars must be a positive whole number, not ${maxValueChars}`, { maxValueChars });
  }
  const { signal } = options;
  const context: SmsContext = { timeZone: options.timeZone, owner: options.owner ?? { name: '', id: '' } };
  const queue: SmsBackupOutput[] = [];
  const problem = (locator: string, message: string): void => {
    queue.push({ problem: { locator, message } });
  };

  const peeked = await peekHead(chunks, 512);
  const encoding = xmlEncoding(peeked.head);
  if (encoding.problem !== null) {
    problem('line 1', encoding.problem);
  }

  const guard = new XmlSizeGuard(maxValueChars);
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  let lineOffset = 0;
  const lineNow = (): number => parser.line + lineOffset;
  let elements = 0;
  const counts = { sms: 0, mms: 0, call: 0 };
  let root: { name: string; count: string | undefined; line: number } | null = null;
  let openMms: OpenMms | null = null;
  let closing = false;
  const unclosed: string[] = [];
  let xmlProblems = 0;
  let lastXmlProblemLine = -1;

  const cutAttributes = (notices: GuardNotice[], locator: string): Set<string> => {
    const cut = new Set<string>();
    for (const notice of notices) {
      if (notice.kind === 'attribute') {
        cut.add(notice.attribute);
        problem(locator, `attribute "${notice.attribute}" (line ${notice.line}) is ${notice.chars} characters, over the limit of ${maxValueChars}; left out`);
      }
    }
    return cut;
  };
  const without = (attributes: Record<string, string>, cut: ReadonlySet<string>): Record<string, string> => {
    if (cut.size === 0) {
      return attributes;
    }
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes)) {
      kept[name] = cut.has(name) ? '' : value;
    }
    return kept;
  };
  const emit = (result: { item: SmsBackupItem; problems: string[] }, line: number): void => {
    queue.push(result.item);
    for (const message of result.problems) {
      // Part problems name their own line; the others belong to the element's.
      problem(result.item.locator, message.includes('(line ') ? message : `${message} (line ${line})`);
    }
  };
  const finishMms = (cutShort: boolean): void => {
    if (openMms) {
      emit(openMms.record.finish(context, cutShort), openMms.line);
      openMms = null;
    }
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    elements++;
    const line = lineNow();
    const notices = guard.takeAttributeNotices(elements);
    const { attributes } = tag;
    if (root === null) {
      root = { name: tag.name, count: tag.attributes['count'], line };
      if (tag.name !== 'smses' && tag.name !== 'calls') {
        problem(`line ${line}`, `the root element is <${tag.name}>, not <smses> or <calls>: this may not be an SMS Backup & Restore file`);
      }
    }
    switch (tag.name) {
      case 'sms': {
        const locator = `sms[${++counts.sms}]`;
        const cut = cutAttributes(notices, locator);
        emit(smsRecordItem(without(attributes, cut), locator, context), line);
        break;
      }
      case 'mms': {
        finishMms(false);
        const locator = `mms[${++counts.mms}]`;
        const cut = cutAttributes(notices, locator);
        const record = new MmsRecord(without(attributes, cut), locator, maxValueChars * 2, options.decodeFilesOf?.(locator) ?? true);
        if (tag.isSelfClosing) {
          emit(record.finish(context, false), line);
        } else {
          openMms = { record, line, locator };
        }
        break;
      }
      case 'part':
        if (openMms) {
          const cut = new Set(notices.flatMap((n) => (n.kind === 'attribute' ? [n.attribute] : [])));
          openMms.record.addPart(attributes, line, cut);
        } else {
          problem(`line ${line}`, '<part> outside an <mms>; ignored');
        }
        break;
      case 'addr':
        if (openMms) {
          openMms.record.addAddress(attributes);
        }
        break;
      case 'call': {
        const locator = `call[${++counts.call}]`;
        const cut = cutAttributes(notices, locator);
        emit(callRecordItem(without(attributes, cut), locator, context), line);
        break;
      }
      default:
        for (const notice of notices) {
          if (notice.kind === 'attribute') {
            problem(`line ${notice.line}`, `attribute "${notice.attribute}" of <${tag.name}> is ${notice.chars} characters, over the limit; left out`);
          }
        }
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (tag.name === 'mms') {
      finishMms(false);
    }
  });
  parser.on('doctype', (doctype: string) => {
    if (/<!ENTITY/i.test(doctype)) {
      problem(`line ${lineNow()}`, 'the file declares entities in a DOCTYPE; they are not expanded (references to them stay as written)');
    }
  });
  parser.on('error', (error: Error) => {
    const message = error.message.replace(/^\d+:\d+: /, '');
    if (closing && message.startsWith('unclosed tag: ')) {
      unclosed.push(message.slice('unclosed tag: '.length).replace(/\.$/, ''));
      return;
    }
    const line = lineNow();
    if (line === lastXmlProblemLine) {
      return;
    }
    lastXmlProblemLine = line;
    xmlProblems++;
    if (xmlProblems <= MAX_XML_PROBLEMS) {
      problem(`line ${line}, column ${parser.column}`, `XML error: ${message.replace(/\.$/, '')}`);
    } else if (xmlProblems === MAX_XML_PROBLEMS + 1) {
      problem(`line ${line}`, `more than ${MAX_XML_PROBLEMS} lines with XML errors; later ones are not listed`);
    }
  });

  const references = new RefusedReferenceRepair();
  const feed = (text: string): void => {
    for (const { line, count } of references.takeRepairs()) {
      problem(`line ${line}`, `${count} character reference(s) that XML does not allow were decoded (an emoji written as two halves, as older SMS Backup & Restore versions write it) or replaced with U+FFFD`);
    }
    for (const piece of guard.push(text)) {
      if (piece.kind === 'text') {
        lineOffset = piece.droppedLinesBefore;
        parser.write(piece.text);
      } else if (piece.kind === 'run') {
        problem(`line ${piece.line}`, `${piece.what} of ${piece.chars} characters is over the limit of ${maxValueChars}; the rest was left out`);
      }
    }
  };

  throwIfCancelled(signal, 'SMS backup reading');
  for await (const text of decodeChunks(peeked.chunks, encoding.encoding, signal)) {
    const repaired = references.push(text);
    feed(repaired);
    while (queue.length > 0) {
      const next = queue.shift();
      if (next) {
        yield next;
      }
      throwIfCancelled(signal, 'SMS backup reading');
    }
  }

  feed(references.finish());
  closing = true;
  const endLine = lineNow();
  parser.close();
  const cutIn = openMms as OpenMms | null;
  finishMms(true);
  if (unclosed.length > 0 || cutIn !== null) {
    const inside = unclosed.length > 0 ? unclosed.map((name) => `<${name}>`).join(' in ') : '<mms>';
    const message = cutIn
      ? `the file ends at line ${endLine} inside ${inside}, in ${cutIn.locator} (begun on line ${cutIn.line}): it is cut short; everything before was read and ${cutIn.locator} is incomplete`
      : `the file ends at line ${endLine} inside ${inside}: it is cut short; everything before was read`;
    problem(`line ${endLine}`, message);
  }
  const finalRoot = root as { name: string; count: string | undefined; line: number } | null;
  if (finalRoot === null) {
    problem('line 1', 'no XML element found: this is not an SMS Backup & Restore backup');
  } else if (finalRoot.count !== undefined && /^\d+$/.test(finalRoot.count.trim())) {
    const expected = Number(finalRoot.count.trim());
    const found = finalRoot.name === 'calls' ? counts.call : counts.sms + counts.mms;
    if (expected !== found) {
      problem(`line ${finalRoot.line}`, `the backup says it holds ${expected} ${finalRoot.name === 'calls' ? 'calls' : 'messages'}; ${found} were read`);
    }
  }
  yield* queue;
}
