/**
 * Packet inputs for tests and the packet benchmark: items with their decisions and redactions
 * made from the text to hide, so a test says "redact 'Dana Smith' in the body" rather than
 * computing offsets and hashes by hand.
 */
import { createHash } from 'node:crypto';
import type { ExemptionApplication } from '../../shared/exemptions/exemption-application.js';
import { DEFAULT_INTAKE } from '../../shared/model/request.js';
import { redactableText } from '../../shared/model/redactable-text.js';
import type { RecordDetail } from '../../shared/model/record.js';
import type { RedactableField, Redaction } from '../../shared/model/review.js';
import type { PacketDecision, PacketInput, PacketItem } from '../../main/core/packet/packet-input.js';

export const PRIVACY: ExemptionApplication = { catalogue: 'us-foia', code: 'b6' };

const WHEN = '2024-05-01T14:30:00.000Z';

/**
 * A redaction of the `occurrence`-th (0-based) copy of `text` in the record's `field`. Throws
 * when the field does not contain it, so a fixture cannot silently redact nothing.
 */
export function redactionOf(record: RecordDetail, field: RedactableField, text: string, occurrence = 0): Redaction {
  const fieldText = redactableText(record, field);
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = fieldText.indexOf(text, start + 1);
    if (start === -1) {
      throw new Error(`"${text}" (occurrence ${occurrence}) is not in the ${field} of ${record.id}`);
    }
  }
  return {
    id: `red-${record.id}-${field}-${start}`,
    requestId: 'req-1',
    recordId: record.id,
    field,
    start,
    end: start + text.length,
    quote: text,
    fieldSha256: createHash('sha256').update(fieldText).digest('hex'),
    exemptions: [PRIVACY],
    note: '',
    createdAt: WHEN,
    createdBy: 'test',
    updatedAt: WHEN,
    updatedBy: 'test',
  };
}

export function packetItem(record: RecordDetail, decision: PacketDecision = 'release-in-full', redactions: Redaction[] = []): PacketItem {
  const withheld = decision === 'withhold-in-full' || decision === 'referral';
  return {
    record,
    decision,
    exemptions: withheld ? [PRIVACY] : [...new Map(redactions.flatMap((redaction) => redaction.exemptions).map((exemption) => [exemption.code, exemption])).values()],
    justification: withheld ? 'Personnel file of a third party.' : '',
    redactions,
    originalPdfPages: null,
  };
}

export function packetInput(items: PacketItem[], overrides: Partial<PacketInput> = {}): PacketInput {
  return {
    caseName: 'City of Example — Public Works',
    request: { ...DEFAULT_INTAKE, id: 'req-1', trackingNumber: 'FOIA-2024-017', title: 'All correspondence about the 2024 road budget', requester: 'Pat Reporter' },
    generatedAt: new Date(WHEN),
    options: { order: 'date', bates: { prefix: 'FOIA-', start: 1, width: 6, position: 'bottom-right' }, coverLetter: null, variant: 'single' },
    items,
    gaps: [],
    ...overrides,
  };
}
