/**
 * Builds a packet the way `buildPacketPdf` does (layout, then assembly) but keeps the plan, so
 * that a test or the benchmark can check the PDF against it: the plan's pages and index entries
 * for verifyPacket, and its redaction boxes for the pixel checks. The one place the packet tests
 * outside main/core/packet call the build, so a change of its signature is made here.
 */
import { assemblePacket, type BuiltPacket, type PacketDeps } from '../../main/core/packet/assemble-packet.js';
import { layoutPacket } from '../../main/core/packet/layout-packet.js';
import type { PacketFontFiles } from '../../main/core/packet/packet-fonts.js';
import type { PacketInput } from '../../main/core/packet/packet-input.js';
import type { PacketPlan } from '../../main/core/packet/packet-plan.js';
import { LETTER_GEOMETRY } from '../../main/core/packet/page-geometry.js';
import { createTextShaper } from '../../main/core/packet/text-shaper.js';

export type TestPacket = {
  plan: PacketPlan;
  built: BuiltPacket;
  /** The single packet's PDF (the `packet` file). */
  bytes: Uint8Array;
  /** Wall-clock milliseconds of each phase. */
  layoutMs: number;
  assemblyMs: number;
};

/** Records here have no original PDF: a test that needs one passes `deps`. */
const NO_ORIGINALS: PacketDeps = {
  originalPdf: (recordId) => Promise.reject(new Error(`No original PDF for ${recordId} in this test`)),
};

export async function buildTestPacket(input: PacketInput, fonts: PacketFontFiles, deps: PacketDeps = NO_ORIGINALS): Promise<TestPacket> {
  const shaper = createTextShaper(fonts);
  const layoutStart = performance.now();
  const plan = layoutPacket(input, shaper, LETTER_GEOMETRY);
  const assemblyStart = performance.now();
  const built = await assemblePacket(plan, input, fonts, deps, shaper, LETTER_GEOMETRY);
  const assemblyMs = performance.now() - assemblyStart;
  const file = built.files.find((candidate) => candidate.role === 'packet');
  if (file === undefined) {
    throw new Error(`The build gave no single packet file (variant ${built.variant})`);
  }
  return { plan, built, bytes: file.bytes, layoutMs: assemblyStart - layoutStart, assemblyMs };
}
