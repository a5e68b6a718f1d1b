/**
 * The personal-account case, constructed from real Enron mail: twenty messages Jeff Skilling sent
 * (skilling-j/sent_items) rewritten as if sent from a personal Yahoo account, with and without an
 * official copy, plus three real messages he received from webmail senders rewritten as received
 * in that account. They are ingested as two sources of his: the personal account, and an official
 * mailbox holding the copies and forwards. The originals are taken out of the official Enron
 * mailbox by the test, so that the only official copies are the constructed ones.
 *
 * Every message chosen has text found nowhere else in his official mail (a text he also sent from
 * his official account, as Enron's assistants did to several groups, is an official copy).
 * Each group below is a label: sent on official business (an @enron.com recipient) with no copy,
 * or forwarded too late, must be proposed; copied to his own official address, found in the
 * official mailbox, forwarded within 20 days, sent to no official address, or received from
 * someone else's webmail account, must not.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GapInput } from '../../../../../../main/core/gaps/detector-input.js';
import { corpusPath } from '../../../../../support/corpus.js';
import { ingestCase, source } from './ingest-case.js';

export const PERSONAL_ADDRESS = 'jeffskilling1953@yahoo.com';

export const PERSONAL_GROUPS = {
  /** Official business, no copy: proposed. */
  noCopy: ['sent_items/1.', 'sent_items/4.', 'sent_items/8.', 'sent_items/22.'],
  /** Forwarded to his official address 30 days later: proposed. */
  forwardedLate: ['sent_items/32.', 'sent_items/104.', 'sent_items/105.'],
  /** His official address on the Cc line. */
  copiedToSelf: ['sent_items/23.', 'sent_items/26.', 'sent_items/31.'],
  /** The same message also in his official mailbox. */
  inOfficialMailbox: ['sent_items/38.', 'sent_items/42.', 'sent_items/43.'],
  /** Forwarded to his official address 5 days later. */
  forwarded: ['sent_items/44.', 'sent_items/46.', 'sent_items/47.'],
  /** No official recipient: not official business. */
  notOfficial: ['sent_items/9.', 'sent_items/11.', 'sent_items/19.', 'sent_items/21.'],
  /** Received from someone else's webmail account (copied to an official address). */
  received: ['inbox/1035.', 'inbox/1038.', 'inbox/1065.'],
} as const;

type Message = { head: string; body: string };

function parse(raw: string): Message {
  const split = raw.indexOf('\r\n\r\n');
  return { head: raw.slice(0, split), body: raw.slice(split + 4) };
}

function headerOf(message: Message, name: string): string {
  return new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'im').exec(message.head)?.[1]?.replace(/\r\n[ \t]+/g, ' ') ?? '';
}

function withHeader(message: Message, name: string, value: string): Message {
  const pattern = new RegExp(`^${name}: .*(?:\\r\\n[ \\t].*)*`, 'im');
  const head = pattern.test(message.head) ? message.head.replace(pattern, `${name}: ${value}`) : `${message.head}\r\n${name}: ${value}`;
  return { ...message, head };
}

function serialise(message: Message): string {
  return `${message.head}\r\n\r\n${message.body}`;
}

function shifted(date: string, days: number): string {
  return new Date(Date.parse(date.replace(/\s*\(.*\)\s*$/, '')) + days * 86_400_000).toUTCString().replace('GMT', '+0000');
}

async function enron(path: string): Promise<Message> {
  return parse(await readFile(corpusPath('email', 'enron', 'maildir', 'skilling-j', path), 'latin1'));
}

function personalCopy(original: Message): Message {
  const id = headerOf(original, 'Message-ID').replace(/@/, '.personal@');
  return withHeader(withHeader(original, 'From', PERSONAL_ADDRESS), 'Message-ID', id);
}

function forwardOf(sent: Message, days: number, serial: number): Message {
  const date = headerOf(sent, 'Date');
  const quoted = [
    '-----Original Message-----',
    `From: ${PERSONAL_ADDRESS}`,
    `Sent: ${date}`,
    `To: ${headerOf(sent, 'To')}`,
    `Subject: ${headerOf(sent, 'Subject')}`,
    '',
    '',
  ].join('\r\n');
  const head = [
    `Message-ID: <forward.${serial}.constructed@yahoo.com>`,
    `Date: ${shifted(date, days)}`,
    `From: ${PERSONAL_ADDRESS}`,
    'To: jeff.skilling@enron.com',
    `Subject: FW: ${headerOf(sent, 'Subject')}`,
    'Mime-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
  ].join('\r\n');
  return { head, body: `For the files.\r\n\r\n${quoted}${sent.body}` };
}

/** The file name a corpus path gets in the constructed sources. */
export function personalFileName(path: string): string {
  return `${path.replace(/[/.]+/g, '-').replace(/-$/, '')}.eml`;
}

export async function buildPersonalCase(scratch: string): Promise<GapInput> {
  const personal = join(scratch, 'personal');
  const official = join(scratch, 'official-extra');
  await mkdir(personal, { recursive: true });
  await mkdir(official, { recursive: true });
  const write = (folder: string, name: string, message: Message) => writeFile(join(folder, name), serialise(message), 'latin1');
  const sentGroups = ['noCopy', 'forwardedLate', 'copiedToSelf', 'inOfficialMailbox', 'forwarded', 'notOfficial'] as const;
  let serial = 0;
  for (const group of sentGroups) {
    for (const path of PERSONAL_GROUPS[group]) {
      let copy = personalCopy(await enron(path));
      if (group === 'copiedToSelf') {
        const cc = headerOf(copy, 'Cc');
        copy = withHeader(copy, 'Cc', cc === '' ? 'jeff.skilling@enron.com' : `${cc}, jeff.skilling@enron.com`);
      }
      await write(personal, personalFileName(path), copy);
      if (group === 'inOfficialMailbox') {
        await write(official, personalFileName(path), copy);
      }
      if (group === 'forwarded' || group === 'forwardedLate') {
        serial += 1;
        await write(official, `forward-${personalFileName(path)}`, forwardOf(copy, group === 'forwarded' ? 5 : 30, serial));
      }
    }
  }
  for (const path of PERSONAL_GROUPS.received) {
    // Copied to an official address too, so only the sender's account keeps it from being proposed.
    await write(personal, personalFileName(path), withHeader(withHeader(await enron(path), 'To', PERSONAL_ADDRESS), 'Cc', 'sherri.sera@enron.com'));
  }
  const { index, input } = await ingestCase([
    source('s-personal', 'Jeff Skilling', 'personal-email', personal),
    source('s-official-extra', 'Jeff Skilling', 'official-email', official),
  ]);
  index.close();
  return input;
}
