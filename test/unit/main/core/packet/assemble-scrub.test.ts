import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFStream, PDFString } from 'pdf-lib';
import { dropUnreachableObjects, scrubDocument } from '../../../../../main/core/packet/assemble-scrub.js';

describe('scrubDocument', () => {
  it('removes metadata, application data, external links and actions wherever they sit', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage();
    const { context } = doc;
    const form = context.register(
      context.stream('q Q', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 10, 10],
        Metadata: context.register(context.stream('<x:xmpmeta/>')),
        PieceInfo: { Illustrator: { Private: PDFString.of('the unflattened artwork') } },
        Ref: { F: PDFString.of('C:/drafts/logo.ai'), Page: 1 },
      }),
    );
    page.node.set(PDFName.of('Resources'), context.obj({ XObject: { Fm0: form } }));
    page.node.set(PDFName.of('AA'), context.obj({ O: { S: 'JavaScript', JS: PDFString.of('app.alert(1)') } }));
    scrubDocument(doc);
    const xobject = context.lookup(form);
    const dict = xobject instanceof PDFStream ? xobject.dict : xobject;
    if (!(dict instanceof PDFDict)) {
      throw new Error('the form is gone');
    }
    expect(dict.keys().map((key) => key.decodeText()).sort()).toEqual(['BBox', 'Subtype', 'Type']);
    expect(page.node.get(PDFName.of('AA'))).toBeUndefined();
    expect(page.node.get(PDFName.of('Resources'))).toBeDefined();
  });
});

describe('dropUnreachableObjects', () => {
  it('deletes objects nothing reaches from the catalog or information dictionary, and keeps the rest', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.setTitle('kept');
    doc.addPage();
    const orphan = doc.context.register(doc.context.obj({ Type: 'Annot', Contents: PDFString.of('a loose comment') }));
    const before = doc.context.enumerateIndirectObjects().length;
    expect(dropUnreachableObjects(doc)).toBe(1);
    expect(doc.context.lookup(orphan)).toBeUndefined();
    expect(doc.context.enumerateIndirectObjects()).toHaveLength(before - 1);
    const reloaded = await PDFDocument.load(await doc.save(), { updateMetadata: false });
    expect(reloaded.getTitle()).toBe('kept');
    expect(reloaded.getPageCount()).toBe(1);
  });
});
