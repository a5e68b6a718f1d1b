/**
 * A packet as the officer gets it: laid out, assembled, then read back and checked. A packet
 * that fails a check is never handed back: the build throws `packet-unverified` naming every
 * problem, so nothing is written. The per-record variant is checked through the single packet
 * of the same input (the same pages with the same stamps), and each of its files against its
 * page count and Bates range.
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
import { verifyPacket } from './verify-packet.js';

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
  const whole =
    input.options.variant === 'single'
      ? built
      : await assemblePacket(plan, { ...input, options: { ...input.options, variant: 'single' } }, fonts, { originalPdf: deps.originalPdf, ...(deps.signal ? { signal: deps.signal } : {}) }, shaper, LETTER_GEOMETRY);
  const pdf = whole.files.find((file) => file.pageCount !== null);
  if (pdf === undefined) {
    throw new AppError('internal', 'The packet has no PDF to check');
  }
  const expectations = expectationsFromInput(input, plan, { responsiveRecordIds: deps.responsiveRecordIds });
  const verification = await verifyPacket(pdf.bytes, { ...expectations, bates: input.options.bates }, deps.signal ? { signal: deps.signal } : {});
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
