/**
 * The measured part of `npm run bench -- packet`, run as its own process so that its peak memory
 * is the build's, not the review case's: reads a PacketInput (JSON, written by
 * packet-build-suite.ts), builds the packet (layout, then assembly), then checks it with
 * verifyPacket, and prints one JSON line with the timings and peak resident memory of each phase.
 *
 * Usage: node packet-build-child.js INPUT.json
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPacketFonts } from '../../main/core/packet/packet-fonts.js';
import type { PacketInput } from '../../main/core/packet/packet-input.js';
import { expectationsFromInput } from '../../main/core/packet/verify-expectations-from-input.js';
import { verifyPacket } from '../../main/core/packet/verify-packet.js';
import { buildTestPacket } from '../support/build-test-packet.js';
import { peakRssBytes, resetPeakRss } from './bench-kit.js';
import { REPO_ROOT } from './bench-paths.js';

export type PacketChildResult = {
  pages: number;
  records: number;
  pdfBytes: number;
  layoutMs: number;
  assemblyMs: number;
  /** Peak RSS from start to the end of the build (fonts, input, layout, assembly). */
  buildPeakRssBytes: number;
  verifyMs: number;
  /** Peak RSS during the check alone when the peak could be reset (Linux), else the whole run's. */
  verifyPeakRssBytes: number;
  verifyPeakIsSeparate: boolean;
  verifyOk: boolean;
  problemCount: number;
  problems: string[];
};

async function main(): Promise<void> {
  const path = process.argv[2];
  if (path === undefined) {
    throw new Error('usage: packet-build-child.js INPUT.json');
  }
  const parsed = JSON.parse(await readFile(path, 'utf8')) as PacketInput & { generatedAt: string };
  const input: PacketInput = { ...parsed, generatedAt: new Date(parsed.generatedAt) };
  const fonts = await loadPacketFonts(join(REPO_ROOT, 'resources', 'fonts'));

  const packet = await buildTestPacket(input, fonts);
  const buildPeakRssBytes = peakRssBytes();

  const verifyPeakIsSeparate = resetPeakRss();
  const verification = await verifyPacket(packet.bytes, expectationsFromInput(input, packet.plan));
  const result: PacketChildResult = {
    pages: packet.plan.pages.length,
    records: packet.plan.entries.length,
    pdfBytes: packet.bytes.length,
    layoutMs: packet.layoutMs,
    assemblyMs: packet.assemblyMs,
    buildPeakRssBytes,
    verifyMs: verification.milliseconds,
    verifyPeakRssBytes: peakRssBytes(),
    verifyPeakIsSeparate,
    verifyOk: verification.ok,
    problemCount: verification.problems.length,
    problems: verification.problems.slice(0, 10).map((problem) => problem.message),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
