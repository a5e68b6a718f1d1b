/**
 * Our own MIME reader: RFC 5322 + MIME bytes in, one MailMessage out. Written for evidence, not
 * display: every byte of every part is either body text or an attachment with its exact size and
 * SHA-256, nested messages are parsed into their own MailMessage, and anything malformed becomes
 * a MailProblem next to the best result that could be had. It never throws on input.
 *
 * The MIME tree is walked with an explicit stack, not recursion, so hostile nesting cannot
 * overflow the call stack; `maxDepth` and `maxParts` bound the work. Parts are byte ranges into
 * the original buffer (or into a decoded buffer, for an encoded message/rfc822), never copies.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { MailAttachment, MailMessage } from '../mail-message.js';
import { listTnefAttachments } from '../tnef/list-tnef.js';
import { decodeCharset } from './charset.js';
import { parseContentType } from './content-type.js';
import { parseHeaderBlock } from './header-block.js';
import { sniffHtmlCharset } from './html-charset.js';
import { readMessageHeaders } from './message-headers.js';
import { readMimeEntity, type MimeEntity } from './mime-entity.js';
import { splitMultipart } from './multipart-split.js';
import { decodeTransferEncoding } from './transfer-encoding.js';

export type MimeParseOptions = {
  /** Multipart and message/rfc822 nesting levels to follow; deeper parts are kept unparsed. Default 100. */
  maxDepth?: number;
  /** Entities (messages and parts) to read; the rest of the message is skipped. Default 10,000. */
  maxParts?: number;
  /** Attachments larger than this many bytes get `content: null` (size and sha256 stay exact). Default 64 MiB. */
  keepContentUpTo?: number;
};

type Limits = Required<MimeParseOptions>;

/** A message being filled in; texts are joined once at the end, not appended to a string. */
type MessageBuilder = { message: MailMessage; texts: string[]; htmls: string[] };

type Task = {
  buf: Buffer;
  start: number;
  end: number;
  /** For a message root: the path of the message ('' at the top); for a part: its own path. */
  path: string;
  /** True when this entity's header block is a message's header block. */
  root: boolean;
  depth: number;
  defaultType: string;
  builder: MessageBuilder;
};

const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global', 'message/rfc2822']);
const TNEF_TYPES = new Set(['application/ms-tnef', 'application/vnd.ms-tnef']);

function emptyMessage(): MailMessage {
  return {
    headers: [],
    subject: '',
    from: [],
    sender: null,
    replyTo: [],
    to: [],
    cc: [],
    bcc: [],
    dateRaw: '',
    dateIso: null,
    messageId: '',
    inReplyTo: [],
    references: [],
    text: '',
    html: '',
    attachments: [],
    problems: [],
    extra: {},
  };
}

function childPath(parent: string, index: number): string {
  return parent === '' ? String(index) : `${parent}.${index}`;
}

function dispositionOf(type: string): MailAttachment['disposition'] {
  if (type === '') {
    return '';
  }
  // RFC 2183 §2.8: an unrecognised disposition type is treated as 'attachment'.
  return type === 'inline' ? 'inline' : 'attachment';
}

function hasText(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = buf[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) {
      return true;
    }
  }
  return false;
}

class MimeWalker {
  private readonly stack: Task[] = [];
  private readonly builders: MessageBuilder[] = [];
  private readonly top: MessageBuilder;

  constructor(
    bytes: Buffer,
    private readonly limits: Limits,
  ) {
    this.top = this.newBuilder();
    this.stack.push({ buf: bytes, start: 0, end: bytes.length, path: '', root: true, depth: 0, defaultType: 'text/plain', builder: this.top });
  }

  run(): MailMessage {
    let entities = 0;
    for (let task = this.stack.pop(); task; task = this.stack.pop()) {
      entities++;
      if (entities > this.limits.maxParts) {
        this.problem(this.top, '', `more than ${this.limits.maxParts} parts; the rest of the message was not read`);
        break;
      }
      this.entity(task);
    }
    this.finish();
    return this.top.message;
  }

  /** The message as far as it was read, with the unexpected error as a problem. */
  salvage(error: unknown): MailMessage {
    this.problem(this.top, '', `internal error while parsing: ${error instanceof Error ? error.message : String(error)}`);
    this.finish();
    return this.top.message;
  }

  private finish(): void {
    for (const builder of this.builders) {
      builder.message.text = builder.texts.filter((text) => text !== '').join('\n\n');
      builder.message.html = builder.htmls.filter((html) => html !== '').join('\n\n');
    }
  }

  private newBuilder(): MessageBuilder {
    const builder = { message: emptyMessage(), texts: [], htmls: [] };
    this.builders.push(builder);
    return builder;
  }

  /** Records a problem on its own message and, for nested messages, on the top one too. */
  private problem(builder: MessageBuilder, part: string, message: string): void {
    builder.message.problems.push({ part, message });
    if (builder !== this.top) {
      this.top.message.problems.push({ part, message });
    }
  }

  private entity(task: Task): void {
    const { buf, builder } = task;
    const block = parseHeaderBlock(buf, task.start, task.end, { skipFromLine: task.root });
    const where = task.path;
    for (const problem of block.problems) {
      this.problem(builder, where, problem);
    }
    if (block.ending === 'end-of-data' && block.fields.length > 0) {
      this.problem(builder, where, 'header block with no body (no blank line after the headers)');
    }
    if (task.root && block.fields.length === 0 && task.end > task.start) {
      this.problem(builder, where, 'no header fields at the start of the message');
    }
    if (task.root) {
      const decodeProblems: string[] = [];
      Object.assign(builder.message, readMessageHeaders(block.fields, decodeProblems));
      for (const problem of decodeProblems) {
        this.problem(builder, where, problem);
      }
    }
    const entity = readMimeEntity(block.fields, task.defaultType);
    for (const problem of entity.problems) {
      this.problem(builder, where, problem);
    }
    const bodyStart = Math.min(block.bodyStart, task.end);
    if (entity.contentType.type === 'multipart') {
      this.multipart(task, entity, bodyStart);
    } else {
      this.leaf(task, entity, bodyStart);
    }
  }

  private multipart(task: Task, entity: MimeEntity, bodyStart: number): void {
    const { buf, builder, path } = task;
    const leafPath = task.root ? childPath(path, 1) : path;
    // A message's own multipart has no part number of its own: its problems belong to the message.
    const where = path;
    if (task.depth >= this.limits.maxDepth) {
      this.problem(builder, where, `nested deeper than ${this.limits.maxDepth} levels at part ${leafPath}; kept unparsed`);
      this.attachment(task, entity, leafPath, buf.subarray(bodyStart, task.end));
      return;
    }
    const boundary = entity.contentType.parameters.get('boundary') ?? '';
    if (boundary === '') {
      this.problem(builder, where, `${entity.contentType.mimeType} without a boundary; read as text/plain`);
      this.leaf(task, { ...entity, contentType: parseContentType('text/plain') }, bodyStart);
      return;
    }
    const split = splitMultipart(buf, bodyStart, task.end, boundary);
    if (!split.foundBoundary) {
      this.problem(builder, where, `boundary "${boundary}" never found; body read as text/plain`);
      const charset = entity.contentType.parameters.get('charset');
      const plain = parseContentType(charset ? `text/plain; charset="${charset}"` : 'text/plain');
      this.leaf(task, { ...entity, contentType: plain }, bodyStart);
      return;
    }
    if (split.partsAfterClose) {
      this.problem(builder, where, `parts follow the closing boundary "--${boundary}--"; they were read too`);
    }
    if (!split.closed) {
      this.problem(builder, where, `missing closing boundary "--${boundary}--"; the last part runs to the end`);
    } else if (hasText(buf, split.epilogue.start, split.epilogue.end)) {
      this.problem(builder, where, `${split.epilogue.end - split.epilogue.start} bytes after the closing boundary were ignored`);
    }
    const defaultType = entity.contentType.subtype === 'digest' ? 'message/rfc822' : 'text/plain';
    // Pushed in reverse so that parts are read, and attachments listed, in document order.
    for (let i = split.parts.length - 1; i >= 0; i--) {
      const range = split.parts[i];
      if (range) {
        this.stack.push({ buf, start: range.start, end: range.end, path: childPath(path, i + 1), root: false, depth: task.depth + 1, defaultType, builder });
      }
    }
  }

  private leaf(task: Task, entity: MimeEntity, bodyStart: number): void {
    const { buf, builder } = task;
    const path = task.root ? childPath(task.path, 1) : task.path;
    const decoded = decodeTransferEncoding(buf.subarray(bodyStart, task.end), entity.transferEncoding);
    if (decoded.problem !== null) {
      this.problem(builder, path, decoded.problem);
    }
    const mimeType = entity.contentType.mimeType;
    const isBodyText =
      (mimeType === 'text/plain' || mimeType === 'text/html') && dispositionOf(entity.disposition) !== 'attachment' && entity.filename === '';
    if (!isBodyText) {
      this.attachment(task, entity, path, decoded.bytes);
      return;
    }
    let charset = entity.contentType.parameters.get('charset') ?? '';
    if (charset === '' && mimeType === 'text/html') {
      charset = sniffHtmlCharset(decoded.bytes);
    }
    const text = decodeCharset(decoded.bytes, charset);
    if (text.problem !== null) {
      this.problem(builder, path, text.problem);
    }
    (mimeType === 'text/html' ? builder.htmls : builder.texts).push(text.text);
  }

  private attachment(task: Task, entity: MimeEntity, path: string, content: Uint8Array): void {
    const { builder } = task;
    const mimeType = entity.contentType.mimeType;
    const attachment: MailAttachment = {
      partId: path,
      filename: entity.filename,
      contentType: mimeType,
      disposition: dispositionOf(entity.disposition),
      contentId: entity.contentId,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content: content.length <= this.limits.keepContentUpTo ? content : null,
      message: null,
      containedNames: [],
    };
    builder.message.attachments.push(attachment);
    if (MESSAGE_TYPES.has(mimeType)) {
      if (task.depth >= this.limits.maxDepth) {
        this.problem(builder, path, `nested deeper than ${this.limits.maxDepth} levels at part ${path}; message kept unparsed`);
        return;
      }
      const nested = this.newBuilder();
      attachment.message = nested.message;
      const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      this.stack.push({ buf: bytes, start: 0, end: bytes.length, path, root: true, depth: task.depth + 1, defaultType: 'text/plain', builder: nested });
      return;
    }
    if (TNEF_TYPES.has(mimeType) || entity.filename.toLowerCase() === 'winmail.dat') {
      const listing = listTnefAttachments(content);
      attachment.containedNames = listing.names;
      for (const problem of listing.problems) {
        this.problem(builder, path, `TNEF: ${problem}`);
      }
    }
  }
}

/**
 * Parses one RFC 5322 message (an .eml file, an mbox entry without its "From " line) into a
 * MailMessage. Synchronous and pure; never throws on bad input; dateIso is left null because
 * the callers parse dates.
 *
 * Problems of nested messages are listed on their own message and again on the top-level one,
 * so that a caller who only looks at the top sees them all (their part paths say where).
 *
 * Attachment `content` of 7bit/8bit/binary parts is a view into `bytes`, not a copy (nested
 * messages would otherwise copy their content once per level): do not modify `bytes` while the
 * result is in use, and copy what must outlive it.
 */
export function parseMailMessage(bytes: Uint8Array, options: MimeParseOptions = {}): MailMessage {
  const limits: Limits = {
    maxDepth: options.maxDepth ?? 100,
    maxParts: options.maxParts ?? 10_000,
    keepContentUpTo: options.keepContentUpTo ?? 64 * 1024 * 1024,
  };
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const walker = new MimeWalker(buffer, limits);
  try {
    return walker.run();
  } catch (error) {
    // Nothing here should throw; if something does, keep what was read rather than lose the message.
    return walker.salvage(error);
  }
}
