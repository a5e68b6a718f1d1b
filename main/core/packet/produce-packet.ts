/**
 * A packet as the officer gets it: laid out, assembled, then read back and checked. A packet
 * that fails a check is never handed back: the build throws `packet-unverified` naming every
 * problem, so nothing is written. What is checked is what is written: the PDFs of either variant,
 * read back in Bates order as one packet, and the load files of the per-record variant.
 */
import { AppError } from '../../../shared/errors.js';
import { assemblePacket, type BuiltPacket, type PacketDeps } from './assemble-packet.js';
import { layoutPacket } from './layout-packet.js';
import type { PacketFontFiles } from './packet-fonts.js';
import type { PacketInput } from './packet-input.js';
import { LETTER_GEOMETRY } from './page-geometry.js';
import { createTextShaper } from './text-shaper.js';
import { expectationsFromInput } from './verify-expectations-from-input.js';
import type { PacketVerification } from './verify-expectations.js';
import { verifyPacketFiles } from './verify-packet.js';

export type ProducedPacket = { built: BuiltPacket; verification: PacketVerification };

export type ProduceDeps = PacketDeps & {
  /** The records the request's codings make responsive: each must be in the packet. */
  responsiveRecordIds: readonly string[];
  /** Reports the stage the build is in ('Drawing pages', 'Checking the packet'). */
  onStage?(stage: string): void;
};

export async function producePacket(input: PacketInput, fonts: PacketFontFiles, deps: ProduceDeps): Promise<ProducedPacket> {
  const shaper = createTextShaper(fonts);
  deps.onStage?.('Laying out pages');
  const plan = layoutPacket(input, shaper, LETTER_GEOMETRY);
  deps.onStage?.('Drawing pages');
  const built = await assemblePacket(plan, input, fonts, deps, shaper, LETTER_GEOMETRY);
  deps.onStage?.('Checking the packet');
  const pdfs = built.files.filter((file) => file.pageCount !== null);
  if (pdfs.length === 0) {
    throw new AppError('internal', 'The packet has no PDF to check');
  }
  const expectations = { ...expectationsFromInput(input, plan, { responsiveRecordIds: deps.responsiveRecordIds }), bates: input.options.bates };
  const verification = await verifyPacketFiles(pdfs, expectations, {
    loadFiles: built.files.filter((file) => file.pageCount === null),
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  const splitPages = built.files.reduce((sum, file) => sum + (file.pageCount ?? 0), 0);
  if (splitPages !== plan.pages.length) {
    verification.problems.push({ kind: 'page-count', message: `The packet's files hold ${splitPages} pages; ${plan.pages.length} were laid out.` });
    verification.ok = false;
  }
  if (!verification.ok) {
    throw new AppError('packet-unverified', `The packet failed its checks and was not written: ${verification.problems.map((problem) => problem.message).join(' ')}`, {
      problems: verification.problems,
    });
  }
  return { built, verification };
}
