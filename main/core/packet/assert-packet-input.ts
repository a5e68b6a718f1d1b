/**
 * Rejecting a packet input that cannot give a meaningful, safe packet, before any font is read
 * or page laid out. The input is built by the backend, so most of these are programming errors;
 * they are still `invalid-args` with details, since a wrong packet must never be produced
 * quietly. Redactions are checked hardest: a span that does not fit its field would burn out the
 * wrong characters and print the ones it was meant to hide.
 */
import { AppError } from '../../../shared/errors.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import { REDACTABLE_FIELDS } from '../../../shared/model/review.js';
import { assertCoverLetterTemplate } from './cover-letter.js';
import { BATES_POSITIONS, PACKET_ORDERS, PACKET_VARIANTS, type PacketInput, type PacketItem, type ScannedRelease } from './packet-input.js';

const DECISIONS = ['release-in-full', 'release-in-part', 'withhold-in-full', 'referral'];

function positive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/** A scanned release: only for release in part, never with an original copy, every page of the PDF and with boxes. */
function assertScanned(item: PacketItem, scanned: ScannedRelease): void {
  const recordId = item.record.id;
  if (item.decision !== 'release-in-part' || item.originalPdfPages !== null) {
    throw new AppError('invalid-args', `Record ${recordId}: only a record released in part is carried as scanned pages with redactions burned in`, { recordId });
  }
  if (!Number.isSafeInteger(scanned.pageCount) || scanned.pageCount < 1) {
    throw new AppError('invalid-args', `Record ${recordId}: a scanned PDF must have at least one page`, { recordId, pages: scanned.pageCount });
  }
  const seen = new Set<number>();
  for (const page of scanned.pages) {
    const details = { recordId, page: page.page };
    if (!Number.isSafeInteger(page.page) || page.page < 1 || page.page > scanned.pageCount || seen.has(page.page)) {
      throw new AppError('invalid-args', `Record ${recordId}: scanned page ${page.page} is not a page of its PDF, or is listed twice`, details);
    }
    seen.add(page.page);
    if (page.boxes.length === 0 || ![page.widthPt, page.heightPt, page.widthPx, page.heightPx].every(positive)) {
      throw new AppError('invalid-args', `Record ${recordId}: scanned page ${page.page} has no boxes to burn in or no size`, details);
    }
  }
}

function assertItem(item: PacketItem): void {
  const recordId = item.record.id;
  if (!DECISIONS.includes(item.decision)) {
    throw new AppError('invalid-args', `Record ${recordId} has a decision that does not belong in a packet: ${String(item.decision)}`, { recordId });
  }
  if (item.originalPdfPages !== null) {
    if (!Number.isSafeInteger(item.originalPdfPages) || item.originalPdfPages < 1) {
      throw new AppError('invalid-args', `Record ${recordId}: an original PDF must have at least one page`, { recordId, pages: item.originalPdfPages });
    }
    // Only a record released in full may be copied as it is: nothing on its pages can be burned out.
    if (item.decision !== 'release-in-full') {
      throw new AppError('invalid-args', `Record ${recordId} is not released in full, so its own PDF cannot be copied into the packet`, { recordId });
    }
  }
  if (item.scanned !== undefined && item.scanned !== null) {
    assertScanned(item, item.scanned);
  }
  if (item.redactions.length > 0 && item.decision !== 'release-in-part') {
    throw new AppError('invalid-args', `Record ${recordId} has redactions but is not released in part`, { recordId, decision: item.decision });
  }
  for (const redaction of item.redactions) {
    const details = { recordId, redactionId: redaction.id, field: redaction.field, start: redaction.start, end: redaction.end };
    if (redaction.recordId !== recordId) {
      throw new AppError('invalid-args', `Redaction ${redaction.id} belongs to record ${redaction.recordId}, not ${recordId}`, details);
    }
    if (!(REDACTABLE_FIELDS as readonly string[]).includes(redaction.field)) {
      throw new AppError('invalid-args', `Redaction ${redaction.id} of record ${recordId} names an unknown field`, details);
    }
    const length = redactableText(item.record, redaction.field).length;
    if (!Number.isSafeInteger(redaction.start) || !Number.isSafeInteger(redaction.end) || redaction.start < 0 || redaction.end <= redaction.start || redaction.end > length) {
      throw new AppError('invalid-args', `Redaction ${redaction.id} of record ${recordId} does not fit its field's text (${length} characters); check it again`, details);
    }
  }
}

/** Throws `invalid-args` for an input no packet should be built from (see the file comment). */
export function assertPacketInput(input: PacketInput): void {
  const { options } = input;
  if (input.items.length === 0) {
    throw new AppError('invalid-args', 'The request has no records for a packet');
  }
  if (!Number.isSafeInteger(options.bates.start) || options.bates.start < 0) {
    throw new AppError('invalid-args', 'The first Bates number must be a whole number of zero or more', { start: options.bates.start });
  }
  if (!Number.isInteger(options.bates.width) || options.bates.width < 1 || options.bates.width > 12) {
    throw new AppError('invalid-args', 'The Bates number width must be between 1 and 12 digits', { width: options.bates.width });
  }
  if (!(BATES_POSITIONS as readonly string[]).includes(options.bates.position)) {
    throw new AppError('invalid-args', `Unknown Bates position: ${String(options.bates.position)}`, { position: options.bates.position });
  }
  if (!(PACKET_ORDERS as readonly string[]).includes(options.order)) {
    throw new AppError('invalid-args', `Unknown packet order: ${String(options.order)}`, { order: options.order });
  }
  if (!(PACKET_VARIANTS as readonly string[]).includes(options.variant)) {
    throw new AppError('invalid-args', `Unknown packet variant: ${String(options.variant)}`, { variant: options.variant });
  }
  if (Number.isNaN(input.generatedAt.getTime())) {
    throw new AppError('invalid-args', 'The packet generation date is not a valid date');
  }
  if (options.coverLetter !== null) {
    assertCoverLetterTemplate(options.coverLetter);
  }
  const seen = new Set<string>();
  for (const item of input.items) {
    if (seen.has(item.record.id)) {
      throw new AppError('invalid-args', `Record ${item.record.id} is in the packet twice`, { recordId: item.record.id });
    }
    seen.add(item.record.id);
    assertItem(item);
  }
}
