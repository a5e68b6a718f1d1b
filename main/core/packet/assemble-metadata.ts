/**
 * The document information a released packet carries, and nothing else.
 *
 * A packet leaves the agency, so its metadata is written, not inherited: a title and subject
 * naming the request, 'FOIA Workbench' as creator and producer, and the generation time as both
 * dates. No /Author or /Keywords (they would name the officer or internal terms), no XMP stream
 * (XMP written by other tools carries local paths and user names), and no trailer /ID: pdf-lib
 * writes none, and an /ID derived from the time or a random value would make two builds of the
 * same input differ.
 *
 * Pages copied from records' own PDFs bring no metadata of their source: assemble-original-page.ts
 * copies only what a page needs to be drawn, and assemble-scrub.ts removes the rest.
 */
import type { PDFDocument } from 'pdf-lib';
import { cleanLine } from './font-runs.js';

export const PACKET_PRODUCER = 'FOIA Workbench';

export type PacketMetadata = {
  title: string;
  /** Null: no /Subject. */
  subject: string | null;
  generatedAt: Date;
};

/** Sets the information dictionary of a document created with `updateMetadata: false`. */
export function writePacketMetadata(doc: PDFDocument, metadata: PacketMetadata): void {
  doc.setTitle(cleanLine(metadata.title).trim());
  if (metadata.subject !== null && metadata.subject.trim() !== '') {
    doc.setSubject(cleanLine(metadata.subject).trim());
  }
  doc.setCreator(PACKET_PRODUCER);
  doc.setProducer(PACKET_PRODUCER);
  doc.setCreationDate(metadata.generatedAt);
  doc.setModificationDate(metadata.generatedAt);
}
