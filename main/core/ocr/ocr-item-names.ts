/**
 * The name an OCR item goes by: the queue keys its one-file cache by it and the engine puts it at
 * the head of every error ("scans/fax.tif, page 4: …"), which ocr.status shows the officer. So it
 * says where the file is (its path in the source, and for an attachment or an archive member,
 * its name inside) and is unique within a run: two records with one name get their ids added.
 */
import type { RecordDetail } from '../../../shared/model/record.js';

export type NamedRecord = Pick<RecordDetail, 'id' | 'title' | 'filename' | 'locations'>;

/** Where the record is, for the officer: 'scans/fax.tif', or 'mail/inbox.mbox › scan.png'. */
export function ocrItemName(record: NamedRecord): string {
  const location = record.locations[0];
  const own = record.filename !== '' ? record.filename : record.title;
  if (location === undefined) {
    return own;
  }
  return location.locator === '' ? location.path : `${location.path} › ${own}`;
}

/** Each record's item name, unique among `records`. */
export function ocrItemNames(records: readonly NamedRecord[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const name = ocrItemName(record);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Map(records.map((record) => {
    const name = ocrItemName(record);
    return [record.id, (counts.get(name) ?? 0) > 1 ? `${name} [${record.id}]` : name];
  }));
}
