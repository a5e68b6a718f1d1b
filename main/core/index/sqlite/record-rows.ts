/**
 * Turning `records` rows into the summaries and details the UI sees. One place knows the
 * columns, so search hits, record views and family listings agree.
 */
import type { Database } from 'better-sqlite3';
import type { ChatEvent, ChatFacts, ChatPlatform } from '../../../../shared/model/chat.js';
import type { DocumentFacts, Participant, RecordDetail, RecordKind, RecordLocation, RecordSummary, ThreadBasis, ThreadParent } from '../../../../shared/model/record.js';
import { inflateText, unpackText } from './sqlite-functions.js';

export type SummaryRow = {
  rowid: number;
  id: string;
  kind: RecordKind;
  title: string;
  sender: string;
  date_iso: string | null;
  custodian: string;
  family_id: string;
  parent_id: string | null;
  child_count: number;
  /** 1 when some of the record's text came from OCR (SUMMARY_COLUMNS); absent where `r.*` is read. */
  ocr?: number;
};

type DetailRow = SummaryRow & {
  from_json: string | null;
  /** Recipient lists, deflated when long (sqlite-functions.ts). */
  to_json: string | Buffer;
  cc_json: string | Buffer;
  bcc_json: string | Buffer;
  date_raw: string;
  message_id: string;
  in_reply_to: string;
  references_json: string;
  body: string;
  filename: string;
  mime_type: string;
  part_path: string;
  size_bytes: number;
  file_sha256: string;
  content_sha256: string;
  thread_id: string | null;
  thread_parent: ThreadParent;
  thread_basis: ThreadBasis;
  platform: string;
  event_json: string | null;
  document_json: string | null;
};

type LocationRow = {
  sourceId: string;
  custodian: string;
  path: string;
  locator: string;
  folder: string;
  labels_json: string;
  itemSha256: string;
  messageId: string;
};

// `ocr` reads document_json only for the rows a page of results shows (json_type of NULL is NULL).
export const SUMMARY_COLUMNS =
  "r.rowid, r.id, r.kind, r.title, r.sender, r.date_iso, r.custodian, r.family_id, r.parent_id, r.child_count, (json_type(r.document_json, '$.ocr') IS NOT NULL) AS ocr";

/** Reads records, their copies' custodians, their children and locations through prepared statements. */
export class RecordRows {
  private readonly selectDetail;
  private readonly selectCustodians;
  private readonly selectChildren;
  private readonly selectLocations;
  private readonly selectHtml;
  private readonly selectConversation;

  constructor(db: Database) {
    this.selectDetail = db.prepare(
      'SELECT r.rowid, r.*, foia_inflate(b.body_deflated) AS body FROM records r LEFT JOIN record_bodies b ON b.record_rowid = r.rowid WHERE r.id = ?',
    );
    this.selectCustodians = db.prepare('SELECT DISTINCT custodian FROM record_locations WHERE record_id = ? ORDER BY custodian');
    this.selectChildren = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM records r WHERE r.parent_id = ? ORDER BY r.part_path, r.id`);
    this.selectLocations = db.prepare(
      `SELECT source_id AS sourceId, custodian, path, locator, folder, labels_json, item_sha256 AS itemSha256, message_id AS messageId
       FROM record_locations WHERE record_id = ? ORDER BY source_id, path, locator`,
    );
    this.selectHtml = db.prepare('SELECT html_deflated FROM record_html WHERE record_rowid = ?');
    this.selectConversation = db.prepare(
      `SELECT conversation_key AS key, conversation_title AS title, chat_day AS day FROM record_locations
       WHERE record_id = ? AND conversation_key != '' ORDER BY source_id, path, locator LIMIT 1`,
    );
  }

  summary(row: SummaryRow): RecordSummary {
    const custodians = (this.selectCustodians.all(row.id) as Array<{ custodian: string }>).map((entry) => entry.custodian);
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      from: row.sender,
      date: row.date_iso,
      custodian: row.custodian,
      custodians: custodians.length > 0 ? custodians : [row.custodian],
      familyId: row.family_id || row.id,
      parentId: row.parent_id,
      childCount: row.child_count,
      ocr: row.ocr === 1,
    };
  }

  detail(id: string): RecordDetail | null {
    const row = this.selectDetail.get(id) as DetailRow | undefined;
    if (row === undefined) {
      return null;
    }
    const html = this.selectHtml.get(row.rowid) as { html_deflated: Buffer } | undefined;
    return {
      ...this.summary(row),
      ocr: row.document_json !== null && (JSON.parse(row.document_json) as DocumentFacts).ocr !== undefined,
      fromParticipant: row.from_json ? (JSON.parse(row.from_json) as Participant) : null,
      to: JSON.parse(unpackText(row.to_json)) as Participant[],
      cc: JSON.parse(unpackText(row.cc_json)) as Participant[],
      bcc: JSON.parse(unpackText(row.bcc_json)) as Participant[],
      dateRaw: row.date_raw,
      messageId: row.message_id,
      inReplyTo: row.in_reply_to,
      references: JSON.parse(row.references_json) as string[],
      body: row.body,
      html: html ? inflateText(html.html_deflated) : '',
      filename: row.filename,
      mimeType: row.mime_type,
      partPath: row.part_path,
      sizeBytes: row.size_bytes,
      fileSha256: row.file_sha256,
      contentSha256: row.content_sha256,
      threadId: row.thread_id,
      threadParent: row.thread_parent,
      threadBasis: row.thread_basis,
      children: (this.selectChildren.all(id) as SummaryRow[]).map((child) => this.summary(child)),
      locations: (this.selectLocations.all(id) as LocationRow[]).map(({ labels_json, ...location }): RecordLocation => ({
        ...location,
        labels: JSON.parse(labels_json) as string[],
      })),
      chat: this.chatFacts(row),
      document: row.document_json ? (JSON.parse(row.document_json) as DocumentFacts) : null,
    };
  }

  /** The record's chat facts, placed in the conversation of its first copy. */
  private chatFacts(row: DetailRow): ChatFacts | null {
    if (row.platform === '') {
      return null;
    }
    const place = this.selectConversation.get(row.id) as { key: string; title: string; day: string } | undefined;
    return {
      platform: row.platform as ChatPlatform,
      conversationKey: place?.key ?? '',
      conversationTitle: place?.title ?? '',
      day: place?.day ?? '',
      event: row.event_json ? (JSON.parse(row.event_json) as ChatEvent) : null,
    };
  }
}
