import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { writeOutline } from '../../../../../main/core/packet/assemble-outline.js';
import { readBack } from './assemble-read-back.js';

describe('writeOutline', () => {
  it('writes bookmarks pdf.js reads back with their titles (any script) and pages', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    for (let page = 0; page < 4; page += 1) {
      doc.addPage([612, 792]);
    }
    const items = [
      { title: 'Cover letter', pageIndex: 0 },
      { title: 'ABC000002 — 東京オフィスの件 / Встреча', pageIndex: 1 },
      { title: 'ABC000003 – ABC000004 — שלום (b)(6)', pageIndex: 3 },
    ];
    writeOutline(doc, items);
    const back = await readBack(await doc.save());
    expect(back.outline).toEqual(items);
  });

  it('writes nothing for no bookmarks', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    writeOutline(doc, []);
    expect(doc.catalog.get(doc.context.obj('Outlines'))).toBeUndefined();
  });

  it('refuses a bookmark past the last page', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    expect(() => writeOutline(doc, [{ title: 'x', pageIndex: 1 }])).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
  });
});
