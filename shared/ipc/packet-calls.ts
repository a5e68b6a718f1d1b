/**
 * The packet builder's calls, kept beside the contract (which spreads them in): the defaults a
 * form starts from, building (as a task with progress and cancel), the packets already built,
 * and page images of a built packet for the preview.
 */
import { z } from 'zod';
import { BATES_PREFIX_PATTERN } from '../bates.js';
import { BATES_POSITIONS, PACKET_ORDERS, PACKET_VARIANTS } from '../model/packet.js';
import type { PacketDefaults, PacketResult, PacketSummary } from '../model/packet.js';
import { defineCall } from './define.js';

const id = z.string().regex(/^[a-z]_[0-9a-f]{8,64}$/, 'not a valid id');

export const PACKET_CALLS = {
  'packet.defaults': defineCall<PacketDefaults>()(z.object({})),
  /** Builds, checks and writes a request's packet; a packet that fails its checks is not written. */
  'packet.build': defineCall<PacketResult>()(
    z.object({
      requestId: id,
      batesPrefix: z.string().regex(BATES_PREFIX_PATTERN, 'letters, digits, . _ - (max 20)'),
      batesStart: z.number().int().min(1).max(99_999_999).default(1),
      batesWidth: z.number().int().min(1).max(12).default(6),
      batesPosition: z.enum(BATES_POSITIONS).default('bottom-right'),
      order: z.enum(PACKET_ORDERS).default('date'),
      /** The cover letter's template ({{field}} placeholders); null: no cover letter. */
      coverLetter: z.string().max(50_000).nullable().default(null),
      variant: z.enum(PACKET_VARIANTS).default('single'),
      /** Where the packet's folder is made; default: the case's packets/ folder. */
      outputFolder: z.string().trim().min(1).optional(),
      jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
    }),
  ),
  'packet.list': defineCall<PacketSummary[]>()(z.object({ requestId: id.optional() })),
  /** One page of a built packet's first PDF, for the preview. */
  'packet.pageImage': defineCall<{ dataUrl: string; widthPx: number; heightPx: number; page: number; pageCount: number }>()(
    z.object({ packetId: id, page: z.number().int().min(1).max(1_000_000), width: z.number().int().min(1).max(10_000) }),
  ),
};
