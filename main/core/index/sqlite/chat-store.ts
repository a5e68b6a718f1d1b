/**
 * Conversations and conversation-days read from the index: the transcript a reviewer codes, and
 * the listing the gap register and the sources screen show. A conversation is a property of a
 * copy (record_locations), so a message found in two custodians' exports appears in both
 * transcripts while staying one record.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ChatEvent, ChatPlatform, ConversationDay, ConversationSummary, TranscriptLine } from '../../../../shared/model/chat.js';

type ConversationRow = Omit<ConversationSummary, 'participants'>;

// Every lookup by key also says `conversation_key != ''`: the index holds only chat copies, and
// SQLite uses a partial index only when the query itself implies its condition.

type LineRow = { recordId: string; locator: string; sender: string; date: string | null; text: string; eventJson: string | null };

/** A chat sender as people name them: the display name, else the handle; never "Name <id>". */
const SENDER_NAME = "coalesce(nullif(json_extract(r.from_json, '$.name'), ''), json_extract(r.from_json, '$.address'), '')";

/**
 * The order of a conversation-day's lines: the order the app showed them to the custodian.
 *
 * A WhatsApp export is written in the order the phone lists the chat, and its timestamps are
 * wall-clock readings of the sending phone: a message that reached the phone late is listed
 * after the ones it arrived behind, with its earlier time (the corpus holds such files, and an
 * encryption notice dated after the lines below it). Sorting by time would move it to where
 * nobody saw it, so WhatsApp lines keep the export's sequence.
 *
 * Every other export carries instants stamped by a server and lists them in an order of its own
 * making: Messenger and LinkedIn write newest first, SMS Backup & Restore all texts before all
 * MMS. Their apps show messages by time, so their lines are ordered by the UTC instant, the
 * export's sequence breaking ties (two messages in one second) and placing undated lines.
 */
const LINE_ORDER = "CASE WHEN r.platform = 'whatsapp' THEN NULL ELSE r.date_utc END, l.chat_seq, l.locator";

/** Senders listed per conversation: enough to recognise it, bounded for a workspace-wide channel. */
const MAX_PARTICIPANTS = 50;

const CONVERSATION_SELECT = `
  SELECT l.conversation_key AS key, min(l.conversation_title) AS title, min(r.platform) AS platform,
    l.source_id AS sourceId, min(l.custodian) AS custodian, l.path AS path,
    count(*) AS messageCount, sum(r.event_kind IS NOT NULL) AS eventCount,
    coalesce(min(nullif(l.chat_day, '')), '') AS firstDay, max(l.chat_day) AS lastDay,
    count(DISTINCT nullif(l.chat_day, '')) AS dayCount
  FROM record_locations l JOIN records r ON r.id = l.record_id
  WHERE l.conversation_key != ''`;

/** The stable id of a conversation-day, for coding it as one unit. */
export function conversationDayId(conversationKey: string, day: string): string {
  return `cd-${createHash('sha256').update(`${conversationKey}\0${day}`).digest('hex').slice(0, 24)}`;
}

export class ChatStore {
  private readonly statements;

  constructor(db: Database) {
    this.statements = {
      all: db.prepare(`${CONVERSATION_SELECT} GROUP BY l.conversation_key ORDER BY l.source_id, l.path, title`),
      bySource: db.prepare(`${CONVERSATION_SELECT} AND l.source_id = ? GROUP BY l.conversation_key ORDER BY l.path, title`),
      one: db.prepare(`${CONVERSATION_SELECT} AND l.conversation_key = ? GROUP BY l.conversation_key`),
      participants: db.prepare(
        `SELECT DISTINCT ${SENDER_NAME} AS name FROM record_locations l JOIN records r ON r.id = l.record_id
         WHERE l.conversation_key = ? AND l.conversation_key != '' AND r.from_json IS NOT NULL LIMIT ${MAX_PARTICIPANTS}`,
      ).pluck(),
      lines: db.prepare(
        `SELECT r.id AS recordId, l.locator, ${SENDER_NAME} AS sender, r.date_iso AS date, foia_inflate(b.body_deflated) AS text, r.event_json AS eventJson
         FROM record_locations l JOIN records r ON r.id = l.record_id LEFT JOIN record_bodies b ON b.record_rowid = r.rowid
         WHERE l.conversation_key = ? AND l.conversation_key != '' AND l.chat_day = ? ORDER BY ${LINE_ORDER}`,
      ),
      attachments: db.prepare(`SELECT id AS recordId, title AS name FROM records WHERE parent_id = ? ORDER BY part_path, id`),
      previousDay: db.prepare(`SELECT max(chat_day) FROM record_locations WHERE conversation_key = ? AND conversation_key != '' AND chat_day != '' AND chat_day < ?`).pluck(),
      nextDay: db.prepare(`SELECT min(chat_day) FROM record_locations WHERE conversation_key = ? AND conversation_key != '' AND chat_day > ?`).pluck(),
    };
  }

  conversations(sourceId: string | null): ConversationSummary[] {
    const rows = (sourceId === null ? this.statements.all.all() : this.statements.bySource.all(sourceId)) as ConversationRow[];
    return rows.map((row) => this.withParticipants(row));
  }

  /**
   * The transcript of one conversation on one day ('' for its undated messages); `day` null
   * gives its first day. Null when the conversation is not in the index.
   */
  day(conversationKey: string, day: string | null): ConversationDay | null {
    const row = this.statements.one.get(conversationKey) as ConversationRow | undefined;
    if (row === undefined) {
      return null;
    }
    const chosen = day ?? row.firstDay;
    const lines = (this.statements.lines.all(conversationKey, chosen) as LineRow[]).map((line): TranscriptLine => ({
      recordId: line.recordId,
      locator: line.locator,
      sender: line.sender,
      date: line.date,
      text: line.text,
      event: line.eventJson === null ? null : (JSON.parse(line.eventJson) as ChatEvent),
      attachments: this.statements.attachments.all(line.recordId) as TranscriptLine['attachments'],
    }));
    return {
      id: conversationDayId(conversationKey, chosen),
      conversation: this.withParticipants(row),
      day: chosen,
      lines,
      previousDay: chosen === '' ? null : ((this.statements.previousDay.get(conversationKey, chosen) as string | null) ?? null),
      nextDay: (this.statements.nextDay.get(conversationKey, chosen) as string | null) ?? null,
    };
  }

  private withParticipants(row: ConversationRow): ConversationSummary {
    return {
      ...row,
      platform: row.platform as ChatPlatform,
      participants: this.statements.participants.all(row.key) as string[],
    };
  }
}
