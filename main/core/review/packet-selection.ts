/**
 * Which records a request's packet holds and how: every record coded release in full, release
 * in part, withhold in full or referral, with its exemptions, justification and redactions.
 * Anything that would make the packet wrong is refused here, before a page is drawn, each
 * problem naming the record: a redaction whose text changed since it was drawn, a record released
 * in part with nothing redacted, a record released in full that carries redactions.
 * Pure: the handler reads the case and the index, this decides.
 */
import { AppError } from '../../../shared/errors.js';
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import { redactableText } from '../../../shared/model/redactable-text.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { Coding, Redaction } from '../../../shared/model/review.js';
import type { PacketDecision, PacketItem } from '../packet/packet-input.js';
import { sha256Hex } from '../util/hash.js';

const PACKET_DECISIONS: ReadonlySet<string> = new Set<PacketDecision>(['release-in-full', 'release-in-part', 'withhold-in-full', 'referral']);

export function isPacketDecision(decision: string): decision is PacketDecision {
  return PACKET_DECISIONS.has(decision);
}

/** The codings of `requestId` that put a record in its packet. */
export function packetCodings(codings: readonly Coding[], requestId: string): Array<Coding & { decision: PacketDecision }> {
  return codings.filter((coding): coding is Coding & { decision: PacketDecision } => coding.requestId === requestId && isPacketDecision(coding.decision));
}

function uniqueApplications(applications: readonly ExemptionApplication[]): ExemptionApplication[] {
  const seen = new Map<string, ExemptionApplication>();
  for (const application of applications) {
    seen.set(`${application.catalogue}\u0000${application.code}\u0000${application.statute ?? ''}`, application);
  }
  return [...seen.values()];
}

/**
 * The packet's items, with `originalPdfPages` and `scanned` left null (the handler fills them in
 * for PDFs it can read back). Throws `invalid-args` listing every problem, or `index-corrupt` for coded records
 * the index no longer holds.
 */
export function packetItems(codings: ReadonlyArray<Coding & { decision: PacketDecision }>, redactions: readonly Redaction[], records: readonly RecordDetail[], requestTitle: string): PacketItem[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const missing = codings.filter((coding) => !byId.has(coding.recordId));
  if (missing.length > 0) {
    throw new AppError('index-corrupt', `${missing.length} coded record(s) are missing from the index; rebuild the index before building the packet`, {
      recordIds: missing.map((coding) => coding.recordId),
    });
  }
  const problems: string[] = [];
  const items: PacketItem[] = [];
  for (const coding of codings) {
    const record = byId.get(coding.recordId) as RecordDetail;
    const spans = redactions.filter((redaction) => redaction.recordId === record.id);
    const changed = spans.filter((redaction) => sha256Hex(redactableText(record, redaction.field)) !== redaction.fieldSha256);
    if (changed.length > 0) {
      problems.push(`“${record.title || record.id}” (${record.id}): ${changed.length} redaction(s) were drawn on text that has since changed; check them again in the viewer.`);
    }
    if (coding.decision === 'release-in-part' && spans.length === 0) {
      problems.push(`“${record.title || record.id}” (${record.id}) is released in part but nothing in it is redacted: redact it, or release it in full.`);
    }
    if (coding.decision === 'release-in-full' && spans.length > 0) {
      problems.push(`“${record.title || record.id}” (${record.id}) is released in full but has ${spans.length} redaction(s): code it release in part, or remove them.`);
    }
    const burned = coding.decision === 'release-in-part' ? spans : [];
    items.push({
      record,
      decision: coding.decision,
      exemptions: uniqueApplications([...coding.exemptions, ...burned.flatMap((redaction) => redaction.exemptions)]),
      justification: coding.note,
      redactions: burned,
      originalPdfPages: null,
      scanned: null,
    });
  }
  if (problems.length > 0) {
    throw new AppError('invalid-args', `The packet for "${requestTitle}" cannot be built yet: ${problems.join(' ')}`, { problems });
  }
  return items;
}
