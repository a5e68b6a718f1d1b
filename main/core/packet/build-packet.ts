/**
 * Builds a response packet: lays it out (layout-packet.ts, pure: pages, Bates numbers,
 * redactions as boxes) and assembles the files (assemble-packet.ts: drawing, originals copied
 * under their stamps, bookmarks, scrubbed metadata, load files for the per-record variant).
 *
 * Reproducible: the same input, fonts and source bytes give byte-identical files, so a released
 * packet can be verified by rebuilding it (see assemble-pdf.ts for what makes that hold).
 *
 * Right-to-left text (Hebrew, Arabic) is shaped and each right-to-left run reads correctly, but
 * runs are placed left to right in written order and lines are left-aligned: full bidirectional
 * reordering is out of scope (see font-runs.ts).
 */
import { assemblePacket, type BuiltPacket, type PacketDeps } from './assemble-packet.js';
import { throwIfAborted } from './assemble-pdf.js';
import { layoutPacket } from './layout-packet.js';
import type { PacketFontFiles } from './packet-fonts.js';
import type { PacketInput } from './packet-input.js';
import { LETTER_GEOMETRY } from './page-geometry.js';
import { createTextShaper } from './text-shaper.js';

export type { BuiltPacket, BuiltPacketFile, BuiltRecord, PacketDeps, PacketFileRole } from './assemble-packet.js';

/**
 * Builds the packet for `input` with the given font bytes (see `loadPacketFonts`). Throws
 * `invalid-args` for an input the layout refuses (no records, a bad Bates scheme), `cancelled`
 * when `deps.signal` aborts (checked between pages), `unsupported` or `source-unreadable` when a
 * record's PDF cannot be copied.
 */
export async function buildPacketPdf(input: PacketInput, fonts: PacketFontFiles, deps: PacketDeps): Promise<BuiltPacket> {
  throwIfAborted(deps.signal);
  const shaper = createTextShaper(fonts);
  // The shaper is the layout's measure and coverage probe, so layout measures what is drawn.
  const plan = layoutPacket(input, shaper, LETTER_GEOMETRY);
  return assemblePacket(plan, input, fonts, deps, shaper, LETTER_GEOMETRY);
}
