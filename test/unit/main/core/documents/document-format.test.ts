import { describe, expect, it } from 'vitest';
import { documentFormatOf, legacyOfficeKindOf } from '../../../../../main/core/documents/document-format.js';
import { docsBytes } from './corpus-document.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('documentFormatOf', () => {
  it('trusts unambiguous magic bytes over the name', () => {
    expect(documentFormatOf('scan.bin', '', text('%PDF-1.7\n'))).toBe('pdf');
    expect(documentFormatOf('letter.doc', '', text('{\\rtf1\\ansi'))).toBe('rtf');
    expect(documentFormatOf('', '', docsBytes('pdf/pdfjs/helloworld-bad.pdf'))).toBe('pdf');
  });

  it('needs the name or type to tell a DOCX from an XLSX or any other zip', () => {
    expect(documentFormatOf('memo.docx', '', ZIP)).toBe('docx');
    expect(documentFormatOf('book.XLSM', '', ZIP)).toBe('xlsx');
    expect(documentFormatOf('attachment', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ZIP)).toBe('xlsx');
    expect(documentFormatOf('photos.zip', 'application/zip', ZIP)).toBeNull();
    expect(documentFormatOf('deck.PPTX', '', ZIP)).toBe('pptx');
    expect(documentFormatOf('show.ppsx', '', ZIP)).toBe('pptx');
    expect(documentFormatOf('attachment', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ZIP)).toBe('pptx');
    expect(documentFormatOf('minutes.odt', '', ZIP)).toBe('odt');
    expect(documentFormatOf('budget.ots', '', ZIP)).toBe('ods');
    expect(documentFormatOf('attachment', 'application/vnd.oasis.opendocument.presentation', ZIP)).toBe('odp');
  });

  it('knows an OpenDocument package by its leading mimetype entry, whatever its name claims', () => {
    expect(documentFormatOf('', '', docsBytes('odt/tika/testFooter.odt'))).toBe('odt');
    expect(documentFormatOf('attachment.bin', 'application/octet-stream', docsBytes('ods/tika/test-columnar.ods'))).toBe('ods');
    expect(documentFormatOf('report.docx', '', docsBytes('ods/sheetjs/sushi.ods'))).toBe('ods');
    // An OOXML zip has no mimetype entry: only its name tells.
    expect(documentFormatOf('', '', docsBytes('pptx/tika/testComment.pptx'))).toBeNull();
  });

  it('sends an OLE2 file named .docx to the DOCX reader (to be named encrypted) but leaves .doc, .xls and .ppt alone', () => {
    expect(documentFormatOf('protected.docx', '', OLE2)).toBe('docx');
    expect(documentFormatOf('protected.pptx', '', OLE2)).toBe('pptx');
    expect(documentFormatOf('old.doc', '', OLE2)).toBeNull();
    expect(documentFormatOf('old.xls', 'application/vnd.ms-excel', OLE2)).toBeNull();
    expect(documentFormatOf('old.ppt', 'application/vnd.ms-powerpoint', OLE2)).toBeNull();
  });

  it('names legacy binary Office files, only when the bytes are OLE2', () => {
    expect(legacyOfficeKindOf('1900DateWindowing.xls', docsBytes('xls/poi/1900DateWindowing.xls'))).toBe('Excel 97–2003 workbook (.xls)');
    expect(legacyOfficeKindOf('Old.DOC', OLE2)).toBe('Word 97–2003 document (.doc)');
    expect(legacyOfficeKindOf('deck.ppt', OLE2)).toBe('PowerPoint 97–2003 presentation (.ppt)');
    expect(legacyOfficeKindOf('deck.ppt', text('not ole'))).toBeNull();
    expect(legacyOfficeKindOf('mail.msg', OLE2)).toBeNull();
  });

  it('sends a file to the reader its name claims, so that a wrong claim is reported', () => {
    expect(documentFormatOf('report.pdf', '', text('<html>'))).toBe('pdf');
    expect(documentFormatOf('notes.txt', '', ZIP)).toBe('text');
  });

  it('reads text formats by name or type, and sniffs HTML only when nothing is claimed', () => {
    expect(documentFormatOf('export.CSV', '', text('a,b'))).toBe('csv');
    expect(documentFormatOf('export.tsv', '', text('a\tb'))).toBe('csv');
    expect(documentFormatOf('README.md', '', text('# x'))).toBe('markdown');
    expect(documentFormatOf('body', 'text/plain; charset=utf-8', text('x'))).toBe('text');
    expect(documentFormatOf('page', '', text('\ufeff  <!DOCTYPE html><html>'))).toBe('html');
    expect(documentFormatOf('page.htm', '', text('no markup'))).toBe('html');
    expect(documentFormatOf('mentions.txt', '', text('see %PDF-1.4 in the spec'))).toBe('text');
    // Images by name or type, whatever the bytes: a damaged one is still a record that OCR reports on.
    expect(documentFormatOf('photo.jpg', 'image/jpeg', new Uint8Array([0xff, 0xd8, 0xff]))).toBe('image');
    expect(documentFormatOf('fax.TIF', '', text('not a tiff'))).toBe('image');
    expect(documentFormatOf('attachment', 'image/png', new Uint8Array([0x89, 0x50]))).toBe('image');
    expect(documentFormatOf('drawing.svg', 'image/svg+xml', text('<svg/>'))).toBeNull();
  });
});
