/**
 * The packet's bookmarks, as data: one per section (cover letter, index, withholding index, gap
 * appendix) and one per record, titled with its Bates range so a reader can jump to a cited
 * page. Pure: assemble-outline.ts writes them into the PDF.
 *
 * Record titles come from the layout's index entries, which already carry its placeholders for
 * redacted subjects, never from the record itself (see assemble-released-fields.ts).
 */
import type { PacketIndexEntry } from '../../../shared/model/packet.js';
import { ELLIPSIS } from './truncate-text.js';
import { splitGraphemes } from './graphemes.js';
import { releasedTitle } from './assemble-released-fields.js';
import type { PacketItem } from './packet-input.js';
import type { PageKind, PagePlan } from './packet-plan.js';

export type OutlineItem = {
  title: string;
  /** 0-based index of the page it opens, among the pages of the file it is written into. */
  pageIndex: number;
};

/** Viewers show bookmarks on one line; a subject can be thousands of characters long. */
export const MAX_OUTLINE_TITLE = 160;

/** What a section is called in bookmarks and load files. */
export const SECTION_TITLES: Readonly<Record<Exclude<PageKind, 'record' | 'original' | 'raster' | 'slip'>, string>> = {
  cover: 'Cover letter',
  index: 'Index of records',
  vaughn: 'Withholding index (Vaughn index)',
  'gap-appendix': 'Gap appendix: records known to be missing',
};

/** The same form as the printed index: "FOIA-000004" or "FOIA-000004 – FOIA-000009". */
function batesRange(first: string, last: string): string {
  return first === last ? first : `${first} – ${last}`;
}

function shorten(title: string): string {
  const parts = splitGraphemes(title);
  return parts.length <= MAX_OUTLINE_TITLE ? title : `${parts.slice(0, MAX_OUTLINE_TITLE - 1).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Bookmarks for `pages`, in page order: each section at its first page, each record at its first
 * page titled "BATES-range — title". Records without an index entry get none (the layout gives
 * every record one).
 */
export function packetOutline(
  pages: readonly PagePlan[],
  entries: readonly PacketIndexEntry[],
  items: ReadonlyMap<string, PacketItem>,
): OutlineItem[] {
  const entryById = new Map(entries.map((entry) => [entry.recordId, entry]));
  const outline: OutlineItem[] = [];
  const seen = new Set<string>();
  pages.forEach((page, pageIndex) => {
    if (page.kind === 'record' || page.kind === 'original' || page.kind === 'raster' || page.kind === 'slip') {
      const recordId = page.recordId ?? '';
      const entry = entryById.get(recordId);
      if (entry === undefined || seen.has(`record:${recordId}`)) {
        return;
      }
      seen.add(`record:${recordId}`);
      // A transcript's page stands for all its messages; its title is guarded against each one's redactions.
      const shown = (page.recordIds ?? [recordId]).flatMap((id) => items.get(id) ?? []);
      const title = releasedTitle(entry.title, shown) || '(untitled)';
      outline.push({ title: shorten(`${batesRange(entry.batesFirst, entry.batesLast)} — ${title}`), pageIndex });
      return;
    }
    if (!seen.has(page.kind)) {
      seen.add(page.kind);
      outline.push({ title: SECTION_TITLES[page.kind], pageIndex });
    }
  });
  return outline;
}
