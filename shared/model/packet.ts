/** How records are ordered in a packet: by date, by custodian (then date), or families together. */
export const PACKET_ORDERS = ['date', 'custodian', 'family'] as const;
export type PacketOrder = (typeof PACKET_ORDERS)[number];

/** Where the Bates number is stamped; the page footer takes the other side. */
export const BATES_POSITIONS = ['bottom-right', 'bottom-left', 'bottom-center', 'top-right'] as const;
export type BatesPosition = (typeof BATES_POSITIONS)[number];

/** One PDF; or one PDF per record with a Concordance DAT and an Opticon OPT load file. */
export const PACKET_VARIANTS = ['single', 'per-record'] as const;
export type PacketVariant = (typeof PACKET_VARIANTS)[number];

/** One file a packet build wrote: a PDF, a load file or the manifest. */
export type PacketFile = {
  name: string;
  role: string;
  sha256: string;
  /** Pages of a PDF; null for other files. */
  pageCount: number | null;
};

/** A packet already built, as the builder lists it. */
export type PacketSummary = {
  id: string;
  requestId: string;
  createdAt: string;
  variant: PacketVariant;
  /** The folder holding the packet's files (older packets: the folder of their one PDF). */
  folder: string;
  /** The main file: the packet PDF, or the first PDF of a per-record packet. */
  path: string;
  sha256: string;
  pageCount: number;
  batesFirst: string;
  batesLast: string;
  recordCount: number;
};

/** What a built packet reports back, so the officer can cite it and verify it later. */
export type PacketResult = PacketSummary & {
  files: PacketFile[];
  /** The JSON manifest written beside the packet (record ids, source hashes, Bates ranges, file hashes). */
  manifestPath: string;
  entries: PacketIndexEntry[];
  /** What the read-back checks covered; a packet that failed one is never written. */
  verification: { pagesRead: number; milliseconds: number };
  /** Characters no packet font could draw, each with its record: printed as a placeholder box, listed here. */
  uncovered: Array<{ recordId: string | null; char: string; codePoint: number }>;
  /**
   * PDFs drawn from their text instead of their page images: released in full but their bytes
   * could not be read back, or scanned and released in part with a redaction OCR placed no word under.
   */
  drawnFromText: string[];
};

/** What the packet form starts from. */
export type PacketDefaults = {
  coverLetter: string;
  /** The placeholders a cover letter may use. */
  coverLetterFields: string[];
};

export type PacketIndexEntry = {
  recordId: string;
  title: string;
  batesFirst: string;
  batesLast: string;
};
