/**
 * The one contract between the UI (and the CLI) and the backend. Every call is `'domain.verb'`
 * with a zod schema for its arguments and a result type; every pushed event has a payload type.
 *
 * The host validates arguments against these schemas before they reach core, the handler table
 * in the host is checked against `CallName` so a missing or extra handler fails to compile, and
 * the Electron preload exposes exactly these names. Adding a capability starts here.
 */
import { z } from 'zod';
import type { AuditVerification } from '../model/audit.js';
import type { TaskProgress } from '../model/task.js';
import type { CaseSummary, IngestError, IngestReport, SourceInfo } from '../model/case.js';
import { DATE_ORDERS, SOURCE_CHANNELS } from '../model/case.js';
import { TOLLING_REASONS } from '../deadlines/tolling-period.js';
import { EXEMPTION_CATALOGUE_IDS } from '../exemptions/exemption-catalogue.js';
import { PROCESSING_TRACKS, REQUEST_REGIMES, REQUEST_STATUSES } from '../model/request.js';
import type { RequestInfo } from '../model/request.js';
import { DECISIONS, FAMILY_RULES, REDACTABLE_FIELDS } from '../model/review.js';
import type { Coding, RedactionView, ReviewBatch } from '../model/review.js';
import type { ConversationDay, ConversationSummary } from '../model/chat.js';
import { RECORD_KINDS } from '../model/record.js';
import type { RecordDetail } from '../model/record.js';
import type { PageImage } from '../model/page-image.js';
import { SEARCH_ORDERS } from '../model/search.js';
import type { SavedSearch, SearchResult, TermReport, WrittenReport } from '../model/search.js';
import { defineCall, defineEvent } from './define.js';
import { GAP_CALLS, GAP_DETECTION_CALLS } from './gap-calls.js';
import { OCR_CALLS, ocrLanguageChoice } from './ocr-calls.js';
import { PACKET_CALLS } from './packet-calls.js';

const nonEmpty = z.string().trim().min(1);
const id = z.string().regex(/^[a-z]_[0-9a-f]{8,64}$/, 'not a valid id');

const calendarDate = z.iso.date();

/** An exemption as a form sends it; the handler checks it against the request's catalogue. */
const exemptionInput = z.object({
  catalogue: z.enum(EXEMPTION_CATALOGUE_IDS),
  code: z.string().trim().min(1).max(40),
  statute: z.string().trim().max(300).optional(),
});

/** An exemption as coding and redaction calls take it. */
export type ExemptionInput = z.input<typeof exemptionInput>;

/** The intake fields; every one may be changed later with requests.update. */
const intakeFields = {
  trackingNumber: z.string().trim().max(100),
  title: nonEmpty.max(300),
  requester: z.string().trim().max(300),
  description: z.string().max(20_000),
  receivedOn: calendarDate.nullable(),
  perfectedOn: calendarDate.nullable(),
  dateFrom: calendarDate.nullable(),
  dateTo: calendarDate.nullable(),
  custodians: z.array(z.string().trim().min(1).max(300)).max(1000),
  track: z.enum(PROCESSING_TRACKS),
  status: z.enum(REQUEST_STATUSES),
  regime: z.enum(REQUEST_REGIMES),
  unusualCircumstances: z.boolean(),
  tolling: z.array(z.object({ reason: z.enum(TOLLING_REASONS), from: calendarDate, to: calendarDate.optional() })).max(50),
  familyRule: z.enum(FAMILY_RULES),
};

const codingFields = {
  requestId: id,
  /** null clears the coding. */
  decision: z.enum(DECISIONS).nullable(),
  exemptions: z.array(exemptionInput).max(20).default([]),
  note: z.string().max(10_000).default(''),
};

/** What records.code and records.codeSearch did: the codings now held by every record reached. */
export type CodingResult = {
  codings: Coding[];
  /** Records coded directly, and records that followed them (duplicates, attachments). */
  direct: number;
  followers: number;
  /** Codings that changed (re-applying a decision changes nothing). */
  changed: number;
};

const termReportArgs = z.object({
  terms: z.array(z.string().trim().min(1).max(2000)).min(1).max(200),
  /** ANDed with every term (a date range, custodians…); '' for the whole case. */
  within: z.string().max(2000).default(''),
  requestId: id.nullable().default(null),
});

/** What the host can do on this platform; the UI adapts (e.g. hides Browse… without dialogs). */
export type AppInfo = {
  version: string;
  mode: 'desktop' | 'browser' | 'cli' | 'test';
  dialogs: boolean;
  sampleCaseAvailable: boolean;
};

/** scanning: listing files; indexing: parsing and writing; threading: linking replies across the case. */
export type IngestPhase = 'scanning' | 'indexing' | 'threading' | 'done';

export type IngestProgress = {
  jobId: string;
  sourcePath: string;
  phase: IngestPhase;
  filesDone: number;
  filesTotal: number;
  /** Bytes of the source read so far and in all (unchanged files count as read at once). */
  bytesDone: number;
  bytesTotal: number;
  /** Records written so far in this run, and top-level items (messages, documents) read. */
  recordsIndexed: number;
  itemsRead: number;
  errors: number;
  currentFile: string;
  elapsedMs: number;
  /** Estimated time left from the byte rate so far; null until it can be estimated. */
  etaMs: number | null;
};

export const contract = {
  calls: {
    'app.info': defineCall<AppInfo>()(z.object({})),

    'dialog.pickFolder': defineCall<{ path: string | null }>()(
      z.object({ title: z.string().max(200).optional() }),
    ),
    /** Shows a file the app wrote (a packet, a report) in the file manager; false in browser mode. */
    'dialog.showInFolder': defineCall<{ shown: boolean }>()(z.object({ path: nonEmpty })),

    'case.create': defineCall<CaseSummary>()(
      z.object({
        path: nonEmpty,
        name: nonEmpty.max(200),
        /** Every case starts with one request, so there is always something to code against. */
        requestTitle: nonEmpty.max(300).default('First request'),
      }),
    ),
    'case.open': defineCall<CaseSummary>()(z.object({ path: nonEmpty })),
    'case.openSample': defineCall<CaseSummary>()(z.object({})),
    'case.current': defineCall<CaseSummary | null>()(z.object({})),
    'case.close': defineCall<{ closed: boolean }>()(z.object({})),

    'sources.add': defineCall<IngestReport>()(
      z.object({
        path: nonEmpty,
        custodian: nonEmpty.max(200),
        channel: z.enum(SOURCE_CHANNELS).default('official-email'),
        jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
        /** IANA zone for chat exports; omitted: the source's current one, else this machine's. */
        timeZone: z.string().min(1).max(64).optional(),
        dateOrder: z.enum(DATE_ORDERS).optional(),
        /** A chat column mapping as JSON text (README: "Reading any chat export"); null removes it. */
        chatMapping: z.string().max(1_000_000).nullable().optional(),
        /**
         * The language OCR reads its scans in (a language, or 'auto'); omitted: the source's
         * current one, else English. A change to a source already in the case is audited like
         * ocr.setSourceLanguage and re-reads nothing.
         */
        ocrLang: ocrLanguageChoice.optional(),
      }),
    ),
    'sources.list': defineCall<SourceInfo[]>()(z.object({})),
    'ingest.cancel': defineCall<{ cancelled: boolean }>()(z.object({ jobId: nonEmpty })),
    'ingest.errors': defineCall<IngestError[]>()(z.object({ sourceId: id.optional() })),

    /** The search language is in shared/query (README: "Searching"); a query it cannot read is invalid-args with `details.span`. */
    'search.query': defineCall<SearchResult>()(
      z.object({
        query: z.string().max(2000),
        kinds: z.array(z.enum(RECORD_KINDS)).optional(),
        /** The request under review: decision: and the decision facet read its codings; none: every request's. */
        requestId: id.nullable().default(null),
        order: z.enum(SEARCH_ORDERS).default('relevance'),
        groupFamilies: z.boolean().default(false),
        hideDuplicates: z.boolean().default(false),
        facets: z.boolean().default(false),
        page: z.number().int().min(0).max(100_000).default(0),
        pageSize: z.number().int().min(1).max(200).default(25),
      }),
    ),
    /** Per-term hits, unique hits, with and without families; terms in the search language. */
    'search.termReport': defineCall<TermReport>()(termReportArgs),
    /** The same report, written as CSV or PDF into the case's reports/ folder, hashed and audited. */
    'search.exportTermReport': defineCall<WrittenReport & { report: TermReport }>()(
      termReportArgs.extend({ format: z.enum(['csv', 'pdf']) }),
    ),
    'savedSearches.list': defineCall<SavedSearch[]>()(z.object({ requestId: id })),
    /** Saves (or, with the same name in the same request, replaces) a search and records its current count. */
    'savedSearches.save': defineCall<SavedSearch>()(
      z.object({
        requestId: id,
        name: nonEmpty.max(200),
        query: z.string().max(2000),
        order: z.enum(SEARCH_ORDERS).default('relevance'),
        groupFamilies: z.boolean().default(false),
        hideDuplicates: z.boolean().default(false),
      }),
    ),
    /** Runs a saved search and appends its result count to the history. */
    'savedSearches.run': defineCall<{ saved: SavedSearch; result: SearchResult }>()(
      z.object({
        savedSearchId: id,
        facets: z.boolean().default(false),
        page: z.number().int().min(0).max(100_000).default(0),
        pageSize: z.number().int().min(1).max(200).default(25),
      }),
    ),
    'savedSearches.delete': defineCall<{ deleted: boolean }>()(z.object({ savedSearchId: id })),
    'records.get': defineCall<RecordDetail & { codings: Coding[] }>()(
      z.object({ recordId: id }),
    ),
    /**
     * One page of a PDF or image record as a PNG, drawn from the record's original bytes (checked
     * against its SHA-256). `width` is in pixels and is clamped to 200–2000; the result gives the
     * size drawn. With `query` (the search the results were run for), the words OCR read on the
     * page that it hits come back as highlights, with the record's other pages that it hits.
     */
    'records.pageImage': defineCall<PageImage>()(
      z.object({
        recordId: id,
        page: z.number().int().min(1).max(100_000),
        width: z.number().int().min(1).max(10_000),
        query: z.string().max(2000).optional(),
      }),
    ),
    'chats.conversations': defineCall<ConversationSummary[]>()(z.object({ sourceId: id.optional() })),
    /** One conversation's transcript on one day; `day` null gives its first day, '' its undated messages. */
    'chats.day': defineCall<ConversationDay>()(
      z.object({
        conversationKey: z.string().regex(/^cv-[0-9a-f]{24}$/, 'not a conversation key'),
        day: z.union([z.iso.date(), z.literal('')]).nullable().default(null),
      }),
    ),

    'requests.list': defineCall<RequestInfo[]>()(z.object({})),
    'requests.create': defineCall<RequestInfo>()(
      z.object({
        ...intakeFields,
        trackingNumber: intakeFields.trackingNumber.default(''),
        requester: intakeFields.requester.default(''),
        description: intakeFields.description.default(''),
        receivedOn: intakeFields.receivedOn.default(null),
        perfectedOn: intakeFields.perfectedOn.default(null),
        dateFrom: intakeFields.dateFrom.default(null),
        dateTo: intakeFields.dateTo.default(null),
        custodians: intakeFields.custodians.default([]),
        track: intakeFields.track.default('simple'),
        status: intakeFields.status.default('received'),
        regime: intakeFields.regime.default('us-foia'),
        unusualCircumstances: intakeFields.unusualCircumstances.default(false),
        tolling: intakeFields.tolling.default([]),
        familyRule: intakeFields.familyRule.default('independent'),
      }),
    ),
    'requests.update': defineCall<RequestInfo>()(
      z.object({ requestId: id, changes: z.object(intakeFields).partial() }),
    ),
    /** Codes the given records; the decision follows to duplicates and, by the request's family rule, to attachments. */
    'records.code': defineCall<CodingResult>()(
      z.object({ ...codingFields, recordIds: z.array(id).min(1).max(10_000) }),
    ),
    /**
     * Codes every record a search matches. `expectedCount` is the count the officer confirmed;
     * when the search now matches another number of records (the index or the codings changed),
     * nothing is coded and the call fails, naming both counts.
     */
    'records.codeSearch': defineCall<CodingResult>()(
      z.object({ ...codingFields, query: z.string().max(2000), expectedCount: z.number().int().min(1).max(1_000_000) }),
    ),
    'codings.list': defineCall<Coding[]>()(z.object({ requestId: id })),
    /** Second-level QC: one reviewer's decisions in a request, all or a random sample of them. */
    'review.qc': defineCall<Coding[]>()(
      z.object({ requestId: id, reviewer: nonEmpty.max(300), sample: z.number().int().min(1).max(10_000).nullable().default(null) }),
    ),
    /** Undoes the latest review action of this session (coding, redaction, request change, batch). */
    'review.undo': defineCall<{ undone: string | null; next: string | null }>()(z.object({})),

    'redactions.list': defineCall<RedactionView[]>()(z.object({ requestId: id, recordId: id.optional() })),
    'redactions.add': defineCall<RedactionView>()(
      z.object({
        requestId: id,
        recordId: id,
        field: z.enum(REDACTABLE_FIELDS),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        exemptions: z.array(exemptionInput).min(1).max(20),
        note: z.string().max(10_000).default(''),
      }),
    ),
    'redactions.update': defineCall<RedactionView>()(
      z.object({
        redactionId: id,
        start: z.number().int().min(0).optional(),
        end: z.number().int().min(1).optional(),
        exemptions: z.array(exemptionInput).min(1).max(20).optional(),
        note: z.string().max(10_000).optional(),
      }),
    ),
    'redactions.remove': defineCall<{ removed: string }>()(z.object({ redactionId: id })),

    'batches.list': defineCall<Array<ReviewBatch & { reviewed: number }>>()(z.object({ requestId: id })),
    /** A batch of the given records, or of every record a search matches. */
    'batches.create': defineCall<ReviewBatch>()(
      z.object({
        requestId: id,
        name: nonEmpty.max(200),
        reviewer: nonEmpty.max(300),
        recordIds: z.array(id).max(100_000).default([]),
        query: z.string().max(2000).nullable().default(null),
      }),
    ),

    'audit.verify': defineCall<AuditVerification>()(z.object({})),
    /** Stops a running task (gap detection, packet build, OCR) at its next checkpoint. */
    'task.cancel': defineCall<{ cancelled: boolean }>()(z.object({ jobId: nonEmpty })),

    ...PACKET_CALLS,
    ...GAP_CALLS,
    ...GAP_DETECTION_CALLS,
    ...OCR_CALLS,
  },
  events: {
    'ingest.progress': defineEvent<IngestProgress>(),
    'task.progress': defineEvent<TaskProgress>(),
  },
} as const;

type Calls = typeof contract.calls;
type Events = typeof contract.events;

export type CallName = keyof Calls;
export type EventName = keyof Events;

/** Arguments as the caller writes them (defaults may be omitted). */
export type CallInput<K extends CallName> = z.input<Calls[K]['args']>;
/** Arguments as a handler receives them, after validation and defaults. */
export type CallArgs<K extends CallName> = z.output<Calls[K]['args']>;
export type CallResult<K extends CallName> = Exclude<Calls[K]['result'], undefined>;
export type EventPayload<E extends EventName> = Exclude<Events[E]['payload'], undefined>;

export const CALL_NAMES = Object.keys(contract.calls) as CallName[];
export const EVENT_NAMES = Object.keys(contract.events) as EventName[];

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && Object.hasOwn(contract.calls, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(contract.events, value);
}
