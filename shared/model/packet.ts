/** What a built packet reports back, so the officer can cite it and verify it later. */
export type PacketResult = {
  path: string;
  sha256: string;
  pageCount: number;
  recordCount: number;
  batesFirst: string;
  batesLast: string;
  entries: PacketIndexEntry[];
};

export type PacketIndexEntry = {
  recordId: string;
  title: string;
  batesFirst: string;
  batesLast: string;
};
