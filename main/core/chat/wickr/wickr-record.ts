/**
 * One Wickr retention record as chat items: the record's own item first, then one item per
 * further fact it reveals (a timer set or changed, members removed as well as added), each at the
 * record's locator with a suffix (`line 12#expiry`, `line 12#burn-on-read`, `line 12#removed`) so
 * that every fact has a stable place of its own.
 *
 * Timers: room control records give the settings; every record's `ttl` and `bor` dates give the
 * length of its own timers (the date minus the record's own `time`, both shown by the bot in the
 * same zone, so the zone cancels out). A room modification (4004) whose only change is a timer
 * carries that timer event itself rather than a second item.
 */
import { emptyChatItem, type ChatEvent, type ChatItem, type ChatPerson } from '../chat-message.js';
import { asRecord, numberField, stringListField, textField, type JsonRecord } from '../json-fields.js';
import { epochToIso } from '../zoned-time.js';
import { formatDuration } from './format-duration.js';
import { wickrContent } from './wickr-content.js';
import type { TimerChange, TimerFact, TimerKind, WickrRooms } from './wickr-rooms.js';
import { displayTimeMs, msgTsMs, parseDisplayTime, timeIsoMs, wallClockAt, wallClockSeconds } from './wickr-time.js';

/** What reading one record needs: the zones and the rooms' state so far. */
export type WickrContext = {
  timeZone: string;
  /** The zone the bot displayed `time`, `ttl` and `bor` in (AWS's examples: UTC). */
  displayTimeZone: string;
  rooms: WickrRooms;
};

const CHANGEMASK_TTL = 2;
const CHANGEMASK_TITLE = 4;
const CHANGEMASK_BOR = 32;

type Sent = { ms: number | null; raw: string };

function sentAt(record: JsonRecord, displayTimeZone: string): Sent {
  const rawTs = textField(record, 'msg_ts');
  const fromTs = msgTsMs(record['msg_ts']);
  if (fromTs !== null) {
    return { ms: fromTs, raw: rawTs };
  }
  const iso = textField(record, 'time_iso');
  const fromIso = iso === '' ? null : timeIsoMs(iso);
  if (fromIso !== null) {
    return { ms: fromIso, raw: iso };
  }
  const display = textField(record, 'time');
  return { ms: display === '' ? null : displayTimeMs(display, displayTimeZone), raw: rawTs || iso || display };
}

/** The length of a timer from the record's date for it, or null when it cannot be worked out. */
function lengthFromDate(date: string, record: JsonRecord, sent: Sent, displayTimeZone: string): number | null {
  const end = parseDisplayTime(date);
  const shown = parseDisplayTime(textField(record, 'time')) ?? (sent.ms === null ? null : wallClockAt(sent.ms, displayTimeZone));
  if (end === null || shown === null) {
    return null;
  }
  const seconds = wallClockSeconds(shown, end);
  return seconds > 0 ? seconds : null;
}

type Observed = { change: TimerChange; fromControl: boolean; date: string };

function timerFacts(msgtype: number | null, record: JsonRecord, sent: Sent, context: WickrContext): Array<{ fact: TimerFact; fromControl: boolean; date: string }> {
  const facts: Array<{ fact: TimerFact; fromControl: boolean; date: string }> = [];
  const control = asRecord(record['control']);
  if (control && (msgtype === 4001 || msgtype === 4004)) {
    const mask = numberField(control, 'changemask');
    const flagged = (bit: number): boolean => msgtype === 4001 || mask === null || (mask & bit) !== 0;
    const ttl = numberField(control, 'ttl');
    if (ttl !== null && ttl >= 0 && flagged(CHANGEMASK_TTL)) {
      facts.push({ fact: { kind: 'expiry', seconds: ttl, exact: true }, fromControl: true, date: '' });
    }
    const bor = numberField(control, 'bor');
    if (bor !== null && bor >= 0 && flagged(CHANGEMASK_BOR)) {
      facts.push({ fact: { kind: 'burn-on-read', seconds: bor, exact: true }, fromControl: true, date: '' });
    }
  }
  const set = new Set(facts.map((entry) => entry.fact.kind));
  for (const [key, kind] of [['ttl', 'expiry'], ['bor', 'burn-on-read']] as Array<[string, TimerKind]>) {
    if (set.has(kind)) {
      // The record that changes a setting may itself still expire under the old one: the setting decides.
      continue;
    }
    const value = record[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
      // Not in AWS's examples, but a number here can only be the length in seconds.
      facts.push({ fact: { kind, seconds: value, exact: false }, fromControl: false, date: String(value) });
    } else if (typeof value === 'string' && value.trim() !== '') {
      facts.push({ fact: { kind, seconds: lengthFromDate(value, record, sent, context.displayTimeZone), exact: false }, fromControl: false, date: value.trim() });
    }
  }
  return facts;
}

function timerEvent(observed: Observed, sender: string): { text: string; event: ChatEvent } {
  const { change, fromControl, date } = observed;
  const name = change.kind === 'expiry' ? 'message expiration' : 'burn-on-read';
  if (!change.on) {
    return { text: `${sender} turned off ${name}`, event: { kind: 'disappearing-off', durationSeconds: null, subjects: [] } };
  }
  const event: ChatEvent = { kind: 'disappearing-on', durationSeconds: change.seconds, subjects: [] };
  const length = change.seconds === null ? '' : formatDuration(change.seconds);
  if (fromControl) {
    return {
      text: change.kind === 'expiry' ? `${sender} set messages to expire ${length} after they are sent` : `${sender} set messages to burn ${length} after they are read`,
      event,
    };
  }
  const what = change.kind === 'expiry' ? 'expiry time' : 'burn-on-read time';
  if (change.seconds === null) {
    return {
      text: `Messages in this conversation ${change.kind === 'expiry' ? 'expire' : 'burn after they are read'} (this message's ${what} is ${date}; the timer's length could not be worked out)`,
      event,
    };
  }
  return {
    text: `Messages in this conversation ${change.kind === 'expiry' ? `expire ${length} after they are sent` : `burn ${length} after they are read`} (worked out from this message's ${what}, ${date})`,
    event,
  };
}

/** The items for one parsed record (and what was wrong with it), updating the rooms' state. */
export function wickrRecordItems(value: unknown, locator: string, context: WickrContext): { items: ChatItem[]; problems: string[] } {
  const record = asRecord(value);
  if (record === null) {
    return { items: [], problems: ['not a JSON object; skipped'] };
  }
  const problems: string[] = [];
  const control = asRecord(record['control']);
  const msgtype = numberField(record, 'msgtype') ?? numberField(control, 'msgtype');
  const roomId = textField(record, 'vgroupid');
  const sender = textField(record, 'sender');
  const receiver = textField(record, 'receiver');
  const rooms = context.rooms;
  if (roomId === '') {
    problems.push('no vgroupid: the conversation is not known');
  }
  const sent = sentAt(record, context.displayTimeZone);
  if (sent.ms === null) {
    problems.push(sent.raw === '' ? 'no time' : `unreadable time "${sent.raw.slice(0, 60)}"`);
  }
  const dateIso = sent.ms === null ? null : epochToIso(sent.ms, context.timeZone);

  const content = wickrContent(msgtype, record, sender);
  if (content.unknownType) {
    problems.push(`msgtype ${msgtype ?? 'missing'} is not one AWS documents; kept as an 'other' event`);
  }

  // Who the record went to, as the room stood when it was sent.
  const isRoom = /^[SG]/.test(roomId);
  const audience: ChatPerson[] = receiver !== '' ? [{ name: '', id: receiver }] : [];
  if (isRoom && receiver === '') {
    for (const member of rooms.members(roomId)) {
      if (member !== sender) {
        audience.push({ name: '', id: member });
      }
    }
  }

  // Room state the record changes: title, members.
  let titleChanged = false;
  if (msgtype === 4001 || msgtype === 4004) {
    const mask = numberField(control, 'changemask');
    const title = textField(control, 'title');
    titleChanged = msgtype === 4004 && title !== '' && (mask === null ? title !== rooms.title(roomId) : (mask & CHANGEMASK_TITLE) !== 0);
    rooms.setTitle(roomId, title);
    // Both records list the whole membership (there is no changemask bit for members).
    if (Array.isArray(control?.['members'])) {
      rooms.setMembers(roomId, stringListField(control, 'members'));
    }
  } else if (msgtype === 4002) {
    rooms.addMembers(roomId, stringListField(control, 'addedusers'));
    rooms.removeMembers(roomId, stringListField(control, 'deletedusers'));
  } else if (msgtype === 4003) {
    rooms.removeMembers(roomId, [sender]);
  }

  const observed: Observed[] = [];
  for (const { fact, fromControl, date } of timerFacts(msgtype, record, sent, context)) {
    const change = roomId === '' ? null : rooms.observe(roomId, fact);
    if (change) {
      observed.push({ change, fromControl, date });
    }
  }

  const title = rooms.title(roomId);
  const conversation = title !== '' ? title : !isRoom && receiver !== '' && sender !== '' ? [sender, receiver].sort().join(', ') : '';
  const base: ChatItem = {
    ...emptyChatItem(),
    locator,
    conversation,
    conversationId: roomId,
    sender,
    senderId: sender,
    recipients: audience,
    dateIso,
    dateRaw: sent.raw,
    messageId: textField(record, 'message_id') || textField(record, 'id'),
  };

  let primary: ChatItem = { ...base, text: content.text, event: content.event, attachments: content.attachments, replyTo: content.replyTo };
  const extra: ChatItem[] = [];
  if (msgtype === 4004) {
    if (titleChanged) {
      primary = { ...primary, text: `${sender} renamed the room to "${title}"`, event: { kind: 'group-renamed', durationSeconds: null, subjects: [] } };
    } else {
      const first = observed.shift();
      if (first) {
        const timer = timerEvent(first, sender);
        primary = { ...primary, text: timer.text, event: timer.event };
      }
    }
  }
  if (content.alsoRemoved.length > 0) {
    extra.push({
      ...base,
      locator: `${locator}#removed`,
      text: `${sender} removed ${content.alsoRemoved.join(', ')}`,
      event: { kind: 'member-removed', durationSeconds: null, subjects: content.alsoRemoved },
    });
  }
  for (const item of observed) {
    const timer = timerEvent(item, item.fromControl ? sender : '');
    extra.push({ ...base, locator: `${locator}#${item.change.kind}`, sender: item.fromControl ? sender : '', senderId: item.fromControl ? sender : '', text: timer.text, event: timer.event });
  }
  return { items: [primary, ...extra], problems };
}
