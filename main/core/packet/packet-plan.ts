/**
 * The packet's layout as data: every page, its Bates number, and every piece of text and rule
 * with its position. The layout step produces it without touching pdf-lib, so pagination and
 * Bates numbering can be tested on their own; the build step only draws it.
 */
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import type { TextStyle } from './font-runs.js';

/** One line of text; `x`, `y` are the left end of its baseline in PDF points from bottom-left. */
export type PlacedText = { text: string; x: number; y: number; size: number; style: TextStyle };

/** A thin horizontal line, used under headings and table headers. */
export type PlacedRule = { x1: number; x2: number; y: number };

export type PageKind = 'index' | 'record';

export type PagePlan = {
  /** 1-based position in the packet. */
  pageNumber: number;
  bates: string;
  kind: PageKind;
  /** The record this page shows, null on index pages. */
  recordId: string | null;
  texts: PlacedText[];
  rules: PlacedRule[];
};

export type PacketPlan = {
  pages: PagePlan[];
  indexPageCount: number;
  /** One per record, in packet order, with the Bates range of its pages. */
  entries: PacketIndexEntry[];
  batesFirst: string;
  batesLast: string;
};
