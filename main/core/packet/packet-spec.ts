/**
 * What the packet builder is given and what it returns. The spec carries everything the PDF
 * shows, including the generation time, so that the same spec always gives the same bytes and
 * a packet can be rebuilt later to verify a copy that was released.
 */
import type { BatesScheme } from '../../../shared/bates.js';
import { AppError } from '../../../shared/errors.js';
import type { RecordDetail } from '../../../shared/model/record.js';
import type { PacketIndexEntry } from '../../../shared/model/packet.js';

export type PacketSpec = {
  caseName: string;
  requestTitle: string;
  requestId: string;
  bates: BatesScheme;
  /** Printed on the title page and written as the PDF's creation and modification dates. */
  generatedAt: Date;
  /** Responsive records, in the order they appear in the packet. */
  records: RecordDetail[];
};

export type BuiltPacket = {
  bytes: Uint8Array;
  pageCount: number;
  batesFirst: string;
  batesLast: string;
  entries: PacketIndexEntry[];
};

/** Rejects specs that cannot give a meaningful packet, before any font is read. */
export function assertPacketSpec(spec: PacketSpec): void {
  if (spec.records.length === 0) {
    throw new AppError('invalid-args', 'The request has no responsive records');
  }
  if (!Number.isSafeInteger(spec.bates.start) || spec.bates.start < 0) {
    throw new AppError('invalid-args', 'The first Bates number must be a whole number of zero or more', {
      start: spec.bates.start,
    });
  }
  if (!Number.isInteger(spec.bates.width) || spec.bates.width < 1 || spec.bates.width > 12) {
    throw new AppError('invalid-args', 'The Bates number width must be between 1 and 12 digits', {
      width: spec.bates.width,
    });
  }
  if (Number.isNaN(spec.generatedAt.getTime())) {
    throw new AppError('invalid-args', 'The packet generation date is not a valid date');
  }
}
