/**
 * Packet inputs and hand-made plans for the assembly tests. Assembly draws whatever plan it is
 * given, so these plans are written directly (a heading and the two stamps per page) rather than
 * laid out: the tests then exercise cover, slip, original and transcript pages whatever the
 * layout currently produces.
 */
import { readFile } from 'node:fs/promises';
import { formatBates, type BatesScheme } from '../../../../../shared/bates.js';
import type { ExemptionApplication } from '../../../../../shared/exemptions/exemption-application.js';
import type { RecordDetail } from '../../../../../shared/model/record.js';
import { DEFAULT_INTAKE } from '../../../../../shared/model/request.js';
import type { Redaction } from '../../../../../shared/model/review.js';
import type { PacketItem, PacketInput, PacketVariant } from '../../../../../main/core/packet/packet-input.js';
import type { PacketPlan, PageKind, PagePlan, PlacedText } from '../../../../../main/core/packet/packet-plan.js';
import { sha256Hex } from '../../../../../main/core/util/hash.js';
import { corpusPath } from '../../../../support/corpus.js';
import { makeRecord } from './packet-fixtures.js';

export const SCHEME: BatesScheme = { prefix: 'ABC', start: 1, width: 6 };
export const B6: ExemptionApplication = { catalogue: 'us-foia', code: 'b6' };
export const B5: ExemptionApplication = { catalogue: 'us-foia', code: 'b5' };

export function makeItem(record: RecordDetail, overrides: Partial<PacketItem> = {}): PacketItem {
  return { record, decision: 'release-in-full', exemptions: [], justification: '', redactions: [], originalPdfPages: null, ...overrides };
}

export function makeRedaction(recordId: string, field: Redaction['field'], quote: string, exemptions: ExemptionApplication[]): Redaction {
  return {
    id: `red-${recordId}-${field}-${quote}`,
    requestId: 'req-1',
    recordId,
    field,
    start: 0,
    end: quote.length,
    quote,
    fieldSha256: '0'.repeat(64),
    exemptions,
    note: '',
    createdAt: '2024-04-01T00:00:00.000Z',
    createdBy: 'officer',
    updatedAt: '2024-04-01T00:00:00.000Z',
    updatedBy: 'officer',
  };
}

export function makeInput(items: PacketItem[], variant: PacketVariant = 'single'): PacketInput {
  return {
    caseName: 'City of Example — Public Works',
    request: { ...DEFAULT_INTAKE, id: 'req-1', trackingNumber: 'FOIA-2024-017', title: 'All correspondence about the 2024 road budget' },
    generatedAt: new Date('2024-05-01T14:30:00Z'),
    options: { order: 'date', bates: { ...SCHEME, position: 'bottom-right' }, coverLetter: null, variant },
    items,
    gaps: [],
  };
}

/** A corpus PDF's bytes and SHA-256, to stand as a record's original. */
export async function corpusPdf(path: string): Promise<{ bytes: Uint8Array; sha256: string }> {
  const bytes = new Uint8Array(await readFile(corpusPath('docs', 'pdf', path)));
  return { bytes, sha256: sha256Hex(bytes) };
}

/** One unit of a hand-made plan. */
export type PlanUnit =
  | { kind: Exclude<PageKind, 'record' | 'original' | 'slip'>; pages?: number }
  | { kind: 'record'; recordId: string; title: string; pages: number; recordIds?: string[] }
  | { kind: 'slip'; recordId: string; title: string }
  | { kind: 'original'; recordId: string; title: string; sourcePages: number[] };

function stamps(pageNumber: number, pageCount: number, bates: string): PlacedText[] {
  return [
    { text: `Page ${pageNumber} of ${pageCount}`, x: 54, y: 32, size: 8.5, style: 'regular' },
    { text: bates, x: 500, y: 32, size: 8.5, style: 'bold' },
  ];
}

/** A plan with the units' pages in order, Bates-numbered from `SCHEME`, each with a heading and stamps. */
export function handPlan(units: readonly PlanUnit[]): PacketPlan {
  type Pending = Omit<PagePlan, 'pageNumber' | 'bates' | 'texts' | 'rules'> & { heading: string | null };
  const pending: Pending[] = [];
  const entryPages: Array<{ recordIds: string[]; title: string; first: number; last: number }> = [];
  for (const unit of units) {
    const first = pending.length;
    switch (unit.kind) {
      case 'record':
        for (let page = 1; page <= unit.pages; page += 1) {
          pending.push({ kind: 'record', recordId: unit.recordId, ...(unit.recordIds ? { recordIds: unit.recordIds } : {}), heading: `${unit.title} (page ${page})` });
        }
        entryPages.push({ recordIds: unit.recordIds ?? [unit.recordId], title: unit.title, first, last: pending.length - 1 });
        break;
      case 'slip':
        pending.push({ kind: 'slip', recordId: unit.recordId, heading: 'Withheld in full' });
        entryPages.push({ recordIds: [unit.recordId], title: unit.title, first, last: first });
        break;
      case 'original':
        for (const sourcePage of unit.sourcePages) {
          // No heading: an original page shows only its source under the stamps.
          pending.push({ kind: 'original', recordId: unit.recordId, sourcePage, heading: null });
        }
        entryPages.push({ recordIds: [unit.recordId], title: unit.title, first, last: pending.length - 1 });
        break;
      default:
        for (let page = 1; page <= (unit.pages ?? 1); page += 1) {
          pending.push({ kind: unit.kind, recordId: null, heading: `Section ${unit.kind} (page ${page})` });
        }
    }
  }
  const count = pending.length;
  const pages: PagePlan[] = pending.map(({ heading, ...page }, index) => {
    const bates = formatBates(SCHEME, index);
    const texts: PlacedText[] = heading === null ? [] : [{ text: heading, x: 54, y: 720, size: 12, style: 'bold' }];
    return { ...page, pageNumber: index + 1, bates, texts: [...texts, ...stamps(index + 1, count, bates)], rules: [] };
  });
  const entries = entryPages.flatMap((entry) =>
    entry.recordIds.map((recordId) => ({ recordId, title: entry.title, batesFirst: formatBates(SCHEME, entry.first), batesLast: formatBates(SCHEME, entry.last) })),
  );
  const countKind = (kind: PageKind): number => pages.filter((page) => page.kind === kind).length;
  return {
    pages,
    coverPageCount: countKind('cover'),
    indexPageCount: countKind('index'),
    vaughnPageCount: countKind('vaughn'),
    gapAppendixPageCount: countKind('gap-appendix'),
    entries,
    batesFirst: formatBates(SCHEME, 0),
    batesLast: formatBates(SCHEME, count - 1),
    uncovered: [],
  };
}

export { makeRecord };
