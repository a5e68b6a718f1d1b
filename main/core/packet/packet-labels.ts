/**
 * The words a packet prints for record kinds, decisions, exemptions and slip sheets. (Chat
 * platforms and events are worded in shared/model/chat-words.ts, the same as in review.)
 */
import { assertNever } from '../../../shared/errors.js';
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';
import type { RecordKind } from '../../../shared/model/record.js';
import type { PacketDecision, PacketItem } from './packet-input.js';

export function kindLabel(kind: RecordKind): string {
  switch (kind) {
    case 'email':
      return 'Email';
    case 'document':
      return 'Document';
    case 'chat-message':
      return 'Chat message';
    case 'attachment':
      return 'Attachment';
    default:
      return assertNever(kind, 'record kind');
  }
}

/** The index's decision column. */
export function decisionLabel(decision: PacketDecision): string {
  switch (decision) {
    case 'release-in-full':
      return 'Released in full';
    case 'release-in-part':
      return 'Released in part';
    case 'withhold-in-full':
      return 'Withheld (slip sheet)';
    case 'referral':
      return 'Referred';
    default:
      return assertNever(decision, 'packet decision');
  }
}

/** Every label of the index's decision column, for sizing it. */
export const INDEX_DECISION_LABELS: readonly string[] = (['release-in-full', 'release-in-part', 'withhold-in-full', 'referral'] as const).map(decisionLabel);

/** Every exemption applied to `items`, in packet order: each item's own, then its redactions'. */
export function exemptionsApplied(items: readonly PacketItem[]): ExemptionApplication[] {
  return items.flatMap((item) => [...item.exemptions, ...item.redactions.flatMap((redaction) => redaction.exemptions)]);
}

/** Each application's printed label ("(b)(6)", "(b)(3): 26 U.S.C. 6103") once, in first-use order. */
export function exemptionLabels(applications: readonly ExemptionApplication[]): string[] {
  return [...new Set(applications.map(formatExemptionApplication))];
}

/** The heading of a slip sheet. */
export function slipHeading(decision: 'withhold-in-full' | 'referral'): string {
  return decision === 'withhold-in-full' ? 'Withheld in full' : 'Referred to another agency for consultation/direct response';
}
