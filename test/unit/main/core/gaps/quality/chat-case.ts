/**
 * The chat case: real exports from the corpus, some copied with constructed changes, ingested
 * as one case of several custodians. Every change is listed here with the label it makes.
 *
 * Real, untouched: the Peruvian group (GENUINE iOS export, two "Se eliminó este mensaje."
 * markers) as Lucas's export; a Slack workspace, SMS backups and a Telegram chat as controls.
 * Real fixture built from AWS's documentation (test/fixtures/chat/wickr, labelled constructed
 * there): a Wickr room and DM with timers and two deleted messages.
 *
 * Constructed from real exports:
 * - Daniel's export of the Peruvian group: Lucas's file with three whole conversation-days
 *   removed and two messages removed from a fourth day (what a wiped phone or a partial export
 *   leaves);
 * - "GPC UPC - Tesis": the Peruvian group's 11–21 March 2023 messages as a second group of the same
 *   people (the group's system line renamed), in Lucas's export and not in Daniel's;
 * - the iPhone group "Super Group" with a disappearing-message timer turned on and off (WhatsApp's
 *   wording, iOS layout: the group as sender of its own lines, U+200E first);
 * - the Android "Pokemon Chat" with a 24-hour timer turned on and never off, and three "This
 *   message was deleted" markers on two days.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceReadOptions } from '../../../../../../shared/model/case.js';
import type { GapProposal } from '../../../../../../shared/model/gap.js';
import type { GapInput } from '../../../../../../main/core/gaps/detector-input.js';
import { REPO_ROOT, corpusPath } from '../../../../../support/corpus.js';
import { ingestCase, source } from './ingest-case.js';
import type { Label } from './scoring.js';

const LIMA: SourceReadOptions = { timeZone: 'America/Lima', dateOrder: 'dmy', chatMapping: null };
const DAY_FIRST: SourceReadOptions = { timeZone: 'UTC', dateOrder: 'dmy', chatMapping: null };

export const PERU = 'GPC UPC - Preparación';
export const PERU_SECOND = 'GPC UPC - Tesis';

/** The conversation-days removed whole from Daniel's copy, and the day two messages were removed from. */
export const DANIEL_REMOVED_DAYS = ['2022-10-11', '2023-06-04', '2023-08-09'];
export const DANIEL_PARTIAL_DAY = '2023-03-13';

const HEADER = /^\u200e?\[(\d{1,2})\/(\d{2})\/(\d{2}), \d{2}:\d{2}:\d{2}\]/;

type Message = { day: string; lines: string[] };

/** An iOS export as messages (a header line and its continuation lines), the text before the first header kept as is. */
function messagesOf(text: string): Message[] {
  const messages: Message[] = [];
  for (const line of text.split('\n')) {
    const header = HEADER.exec(line);
    if (header) {
      messages.push({ day: `20${header[3]}-${header[2]}-${(header[1] ?? '').padStart(2, '0')}`, lines: [line] });
    } else {
      const last = messages[messages.length - 1];
      if (last) {
        last.lines.push(line);
      } else {
        messages.push({ day: '', lines: [line] });
      }
    }
  }
  return messages;
}

function join_(messages: readonly Message[]): string {
  return messages.flatMap((message) => message.lines).join('\n');
}

function insertAfter(text: string, anchor: string, line: string): string {
  const at = text.indexOf(anchor);
  if (at === -1) {
    throw new Error(`anchor not found: ${anchor}`);
  }
  const end = text.indexOf('\n', at);
  return end === -1 ? `${text}\n${line}` : `${text.slice(0, end + 1)}${line}\n${text.slice(end + 1)}`;
}

async function writeIn(folder: string, name: string, text: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, name), text);
  return folder;
}

export async function buildChatCase(scratch: string): Promise<GapInput> {
  const peru = await readFile(corpusPath('chat', 'whatsapp', 'An-lisis-chat-Whatsapp', '_chat.txt'), 'utf8');
  const messages = messagesOf(peru);

  // Lucas: the genuine export, and the second group.
  const lucas = join(scratch, 'lucas');
  await writeIn(join(lucas, 'preparacion'), '_chat.txt', peru);
  const notice = (messages[0]?.lines[0] ?? '').replace(/^\[13\/09\/22, 00:19:49\] GPC UPC - Preparación:/, `[11/03/23, 09:00:00] ${PERU_SECOND}:`);
  const slice = messages.filter((message) => message.day >= '2023-03-11' && message.day <= '2023-03-21');
  await writeIn(join(lucas, 'tesis'), '_chat.txt', [notice, join_(slice)].join('\n'));

  // Daniel: three days gone, two messages gone from a fourth.
  let partial = 0;
  const daniel = messages.filter((message) => {
    if (DANIEL_REMOVED_DAYS.includes(message.day)) {
      return false;
    }
    if (message.day === DANIEL_PARTIAL_DAY) {
      partial += 1;
      return partial !== 3 && partial !== 7;
    }
    return true;
  });
  const danielFolder = join(scratch, 'daniel');
  await writeIn(join(danielFolder, 'preparacion'), '_chat.txt', join_(daniel));

  // Josh: a timer on and off in the iPhone group.
  let iphone = await readFile(corpusPath('chat', 'whatsapp', 'whatsapp-chat-parser-go', 'english_iphone-saved_contacts.txt'), 'utf8');
  iphone = insertAfter(
    iphone,
    '[29/11/2018, 10:51:31] Josh: xDD',
    "[29/11/2018, 10:52:00] Super Group: \u200eJosh turned on disappearing messages. New messages will disappear from this chat 7 days after they're sent, except when kept.",
  );
  iphone = insertAfter(iphone, '[29/11/2018, 11:35:49] Andrew: Haha', '[29/11/2018, 11:36:00] Super Group: \u200eAndrew turned off disappearing messages.');
  const josh = await writeIn(join(scratch, 'josh'), 'WhatsApp Chat - Super Group.txt', iphone);

  // Ash: a 24-hour timer never turned off, and deleted messages on two days.
  let pokemon = await readFile(corpusPath('chat', 'whatsapp', 'whatstk', 'pokemon.txt'), 'utf8');
  pokemon = insertAfter(
    pokemon,
    '06.08.2016, 14:30 - Misty: Definitely',
    "06.08.2016, 14:31 - Misty turned on disappearing messages. New messages will disappear from this chat 24 hours after they're sent, except when kept.",
  );
  pokemon = insertAfter(pokemon, '10.08.2016, 11:25 - Raichu: I am in!', '10.08.2016, 11:26 - Brock: This message was deleted');
  pokemon = insertAfter(pokemon, '31.10.2016, 11:45 - Prof. Oak: Smart-pokeball is created.', '31.10.2016, 11:50 - Misty: This message was deleted');
  pokemon = insertAfter(pokemon, '31.10.2016, 11:50 - Misty: This message was deleted', '31.10.2016, 11:52 - Ash Ketchum: This message was deleted');
  const ash = await writeIn(join(scratch, 'ash'), 'pokemon.txt', pokemon);

  const wickr = join(scratch, 'wickr');
  await cp(join(REPO_ROOT, 'test', 'fixtures', 'chat', 'wickr'), wickr, { recursive: true });

  const { index, input } = await ingestCase([
    source('s-lucas', 'Lucas', 'personal-chat', lucas, LIMA),
    source('s-daniel', 'Daniel', 'personal-chat', danielFolder, LIMA),
    source('s-josh', 'Josh', 'personal-chat', josh, DAY_FIRST),
    source('s-ash', 'Ash Ketchum', 'personal-chat', ash, DAY_FIRST),
    source('s-wickr', 'Alice Ng', 'official-chat', wickr),
    source('s-slack', 'Slack Admin', 'official-chat', corpusPath('chat', 'slack', 'slack-export-viewer')),
    source('s-sms', 'Phone Owner', 'text-messages', corpusPath('chat', 'sms', 'sms-backup-reader-2')),
    source('s-telegram', 'Tele User', 'personal-chat', corpusPath('chat', 'telegram', 'chat-analytics')),
  ]);
  index.close();
  return input;
}

/** The conversation title of a proposal: its first evidence record's. */
export function titleOf(input: GapInput, proposal: GapProposal): string {
  const first = input.records.find((record) => record.id === proposal.evidence[0]?.recordId);
  return first?.conversationTitle ?? '';
}

function overlaps(proposal: GapProposal, start: string, end: string): boolean {
  return (proposal.periodStart ?? '') <= end && (proposal.periodEnd ?? '') >= start;
}

/** What kind of ephemeral proposal it is, from its evidence records' events. */
function ephemeralKind(input: GapInput, proposal: GapProposal): 'timer' | 'deleted' | null {
  const kinds = proposal.evidence.map((item) => input.records.find((record) => record.id === item.recordId)?.event?.kind);
  return kinds.some((kind) => kind === 'disappearing-on' || kind === 'disappearing-off') ? 'timer' : kinds.includes('message-deleted') ? 'deleted' : null;
}

/** A timer period, or a conversation-day with deleted messages (`count` is reported, not required: see the quality test). */
type EphemeralTruth = { kind: 'timer'; title: string; start: string; end: string } | { kind: 'deleted'; title: string; day: string; count: number };

export function ephemeralLabels(input: GapInput, wickrRoom: string, wickrDirect: string): Label[] {
  const truths: EphemeralTruth[] = [
    // Genuine: the two deletion markers of the Peruvian group.
    { kind: 'deleted', title: PERU, day: '2022-09-17', count: 1 },
    { kind: 'deleted', title: PERU, day: '2023-08-07', count: 1 },
    // Constructed WhatsApp timers and deletions (see the header).
    { kind: 'timer', title: 'Super Group', start: '2018-11-29', end: '2018-11-29' },
    { kind: 'timer', title: 'Pokemon Chat', start: '2016-08-06', end: '2016-10-31' },
    { kind: 'deleted', title: 'Pokemon Chat', day: '2016-08-10', count: 1 },
    { kind: 'deleted', title: 'Pokemon Chat', day: '2016-10-31', count: 2 },
    // Wickr (fixture README): the room's expiry timer stays on to the end (burn-on-read comes and
    // goes inside it), the DM's timers show through its messages' ttl and bor (in both files), and
    // the room has a recall and a self-delete before the room itself is deleted.
    { kind: 'timer', title: wickrRoom, start: '2023-07-11', end: '2023-07-11' },
    { kind: 'timer', title: wickrDirect, start: '2023-07-11', end: '2023-07-11' },
    { kind: 'timer', title: wickrDirect, start: '2024-03-05', end: '2024-03-05' },
    { kind: 'deleted', title: wickrRoom, day: '2023-07-11', count: 2 },
  ];
  return truths.map((truth) => ({
    id: truth.kind === 'timer' ? `timer ${truth.title} ${truth.start}` : `deleted ${truth.title} ${truth.day} ×${truth.count}`,
    matches: (proposal) =>
      ephemeralKind(input, proposal) === truth.kind &&
      titleOf(input, proposal) === truth.title &&
      (truth.kind === 'timer' ? overlaps(proposal, truth.start, truth.end) : proposal.periodStart === truth.day),
  }));
}

/** Deleted-message labels whose matching proposal counts a different number of messages. */
export function deletedCountErrors(input: GapInput, proposals: readonly GapProposal[]): string[] {
  const expected: Array<[string, string, number]> = [
    [PERU, '2022-09-17', 1],
    [PERU, '2023-08-07', 1],
    ['Pokemon Chat', '2016-08-10', 1],
    ['Pokemon Chat', '2016-10-31', 2],
    ['Budget review', '2023-07-11', 2],
  ];
  return expected.flatMap(([title, day, count]) => {
    const found = proposals.find((proposal) => ephemeralKind(input, proposal) === 'deleted' && titleOf(input, proposal) === title && proposal.periodStart === day);
    return found && found.volume?.low !== count ? [`${title} ${day}: ${found.volume?.low ?? 0} counted, ${count} deleted`] : [];
  });
}

export function oneSidedLabels(input: GapInput): Label[] {
  const truths = [
    ...DANIEL_REMOVED_DAYS.map((day) => ({ title: PERU, start: day, end: day })),
    { title: PERU, start: DANIEL_PARTIAL_DAY, end: DANIEL_PARTIAL_DAY },
    { title: PERU_SECOND, start: '2023-03-11', end: '2023-03-21' },
  ];
  return truths.map((truth) => ({
    id: `Daniel lacks ${truth.title} ${truth.start}..${truth.end}`,
    matches: (proposal) => proposal.custodians.includes('Daniel') && titleOf(input, proposal) === truth.title && overlaps(proposal, truth.start, truth.end),
  }));
}
