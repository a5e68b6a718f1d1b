/**
 * The renderer's whole state: one model per area, wired together. Cross-area effects (opening a
 * case loads its sources, requests and records; an ingest refreshes counts and results and opens
 * its report; a coding refreshes request counts) are decided here, so no screen has to remember
 * them.
 */
import type { Client } from '../../shared/ipc/client.js';
import { createBatchCodingModel } from './batch-coding-model.js';
import type { BatchCodingModel } from './batch-coding-model.js';
import { createBatchesModel } from './batches-model.js';
import type { BatchesModel } from './batches-model.js';
import { createGapsModel } from './gaps-model.js';
import type { GapsModel } from './gaps-model.js';
import { createIngestReportModel } from './ingest-report-model.js';
import type { IngestReportModel } from './ingest-report-model.js';
import { createOcrModel } from './ocr-model.js';
import type { OcrModel } from './ocr-model.js';
import { createPacketModel } from './packet-model.js';
import { createPdfPagesModel } from './pdf-pages-model.js';
import type { PdfPagesModel } from './pdf-pages-model.js';
import type { PacketModel } from './packet-model.js';
import { createRedactionsModel } from './redactions-model.js';
import type { RedactionsModel } from './redactions-model.js';
import { createRequestsModel } from './requests-model.js';
import type { RequestsModel } from './requests-model.js';
import { createReviewModel } from './review-model.js';
import { createReviewQueueModel } from './review-queue-model.js';
import type { ReviewQueueModel } from './review-queue-model.js';
import { createSavedSearchesModel } from './saved-searches-model.js';
import type { SavedSearchesModel } from './saved-searches-model.js';
import type { ReviewModel } from './review-model.js';
import { createSearchModel } from './search-model.js';
import type { SearchModel } from './search-model.js';
import { createSessionModel } from './session-model.js';
import { createTermReportModel } from './term-report-model.js';
import type { TermReportModel } from './term-report-model.js';
import { createTranscriptModel } from './transcript-model.js';
import type { TranscriptModel } from './transcript-model.js';
import type { SessionModel } from './session-model.js';
import { createSourcesModel } from './sources-model.js';
import type { SourcesModel } from './sources-model.js';

export type Workbench = {
  session: SessionModel;
  sources: SourcesModel;
  ingestReport: IngestReportModel;
  search: SearchModel;
  requests: RequestsModel;
  review: ReviewModel;
  /** The conversation-day around an open chat message. */
  transcript: TranscriptModel;
  packet: PacketModel;
  /** The Reports screen: search-term reports and the selected request's saved searches. */
  termReport: TermReportModel;
  savedSearches: SavedSearchesModel;
  /** Coding every result of a search, after confirming the count. */
  batchCoding: BatchCodingModel;
  /** The selected request's review batches and QC samples. */
  batches: BatchesModel;
  /** The open record's redactions for the selected request. */
  redactions: RedactionsModel;
  /** What next and previous open: the search results, or a review batch taken up. */
  reviewQueue: ReviewQueueModel;
  /** The gap register: gaps, detector proposals, the timeline, the report. */
  gaps: GapsModel;
  /** Page images of the open PDF record. */
  pdfPages: PdfPagesModel;
  /** OCR of scanned pages: what waits, a run with progress and Cancel, pages to check. */
  ocr: OcrModel;
  /** Stops listening to backend events. */
  dispose(): void;
};

export type WorkbenchOptions = {
  /** Injected so tests get predictable ingest job ids. */
  makeJobId?: () => string;
};

export function createWorkbench(client: Client, options: WorkbenchOptions = {}): Workbench {
  // Callbacks below may name models declared after them: they only run once all exist.
  const session = createSessionModel({
    client,
    onCaseChanged: (summary) => (summary ? loadCase() : Promise.resolve(clearCase())),
  });
  const search = createSearchModel({ client });
  const requests = createRequestsModel({
    client,
    onSelectionChanged: async (requestId) => {
      // A batch belongs to one request.
      reviewQueue.actions.leaveBatch();
      // decision: and the decision facet read the codings of the request being reviewed.
      await Promise.all([
        review.actions.loadDecisions(requestId),
        savedSearches.actions.load(requestId),
        search.actions.setRequest(requestId),
        batches.actions.load(requestId),
        redactions.actions.load(requestId, review.store.get().recordId),
      ]);
    },
  });
  const review = createReviewModel({
    client,
    selectedRequestId: () => requests.store.get().selectedId,
    onCodingChanged: async () => {
      // An undo may have put back a redaction as well as a coding.
      const selected = requests.store.get().selectedId;
      await Promise.all([requests.actions.load(), batches.actions.load(selected), redactions.actions.load(selected, review.store.get().recordId)]);
    },
    onRecordOpened: async (record) => {
      await Promise.all([transcript.actions.showFor(record), redactions.actions.load(requests.store.get().selectedId, record.id)]);
    },
  });
  const batches = createBatchesModel({ client });
  const redactions = createRedactionsModel({ client });
  const batchCoding = createBatchCodingModel({
    client,
    // The result list's decision marks and the request counts follow a batch.
    onCodingChanged: async () => {
      const selected = requests.store.get().selectedId;
      await Promise.all([
        review.actions.loadDecisions(selected),
        requests.actions.load(),
        batches.actions.load(selected),
        // The decision facet counts what was just coded.
        search.actions.search(search.store.get().query),
      ]);
    },
  });
  const transcript = createTranscriptModel({ client });
  const ingestReport = createIngestReportModel({ client });
  const sources = createSourcesModel({
    client,
    onRecordsChanged: async () => {
      await Promise.all([session.actions.refreshCase(), search.actions.rerun(), ocr.actions.load()]);
    },
    // Every ingest ends on its report, so what was read, skipped and failed is always in view.
    onIngestEnded: ({ report, sourceId }) => {
      // Scans found by the ingest are read next, as a job of their own (not awaited).
      void ocr.actions.ingestEnded();
      if (report !== null) {
        return ingestReport.actions.showFresh(report);
      }
      return sourceId === null ? undefined : ingestReport.actions.open(sourceId);
    },
    ...(options.makeJobId ? { makeJobId: options.makeJobId } : {}),
  });
  const packet = createPacketModel({ client });
  const termReport = createTermReportModel({ client, selectedRequestId: () => requests.store.get().selectedId });
  const savedSearches = createSavedSearchesModel({ client });
  const gaps = createGapsModel({ client });
  const pdfPages = createPdfPagesModel({ client });
  const ocr = createOcrModel({
    client,
    // Pages read change records' text: results, snippets and the open record show it.
    onRecordsChanged: async () => {
      const open = review.store.get().recordId;
      await Promise.all([search.actions.rerun(), open === null ? Promise.resolve() : review.actions.open(open), pdfPages.actions.refresh()]);
    },
  });
  const reviewQueue = createReviewQueueModel({
    search,
    open: (recordId) => review.actions.open(recordId),
    decisions: () => review.store.get().decisions,
  });

  async function loadCase(): Promise<void> {
    clearCase();
    await Promise.all([requests.actions.load(), sources.actions.refresh(), search.actions.search(''), ocr.actions.load()]);
    const first = search.store.get().result?.hits[0];
    if (first) {
      await review.actions.open(first.id);
    }
  }

  function clearCase(): void {
    sources.actions.reset();
    ingestReport.actions.reset();
    search.actions.reset();
    requests.actions.reset();
    review.actions.reset();
    transcript.actions.reset();
    packet.actions.reset();
    batchCoding.actions.cancel();
    void batches.actions.load(null);
    void redactions.actions.load(null, null);
    termReport.actions.reset();
    savedSearches.actions.reset();
    reviewQueue.actions.leaveBatch();
    gaps.actions.reset();
    pdfPages.actions.reset();
    ocr.actions.reset();
  }

  return {
    session,
    sources,
    ingestReport,
    search,
    requests,
    review,
    transcript,
    packet,
    termReport,
    savedSearches,
    batchCoding,
    batches,
    redactions,
    reviewQueue,
    gaps,
    pdfPages,
    ocr,
    dispose: () => sources.actions.dispose(),
  };
}
