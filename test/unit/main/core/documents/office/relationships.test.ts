import { describe, expect, it } from 'vitest';
import { mainPartOf, parseRelationships, relationshipsPathOf, resolveTarget } from '../../../../../../main/core/documents/office/relationships.js';

describe('OPC relationships', () => {
  it('finds where a part keeps its relationships', () => {
    expect(relationshipsPathOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relationshipsPathOf('doc.xml')).toBe('_rels/doc.xml.rels');
  });

  it('resolves relative and absolute targets, and refuses ones that climb out', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../comments1.xml')).toBe('xl/comments1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet%201.xml')).toBe('xl/worksheets/sheet 1.xml');
    expect(resolveTarget('xl/workbook.xml', '../../etc/passwd')).toBe('');
  });

  it('parses a .rels part and names the main part', () => {
    const relationships = parseRelationships(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>',
      '',
    );
    expect(mainPartOf(relationships)).toBe('xl/workbook.xml');
    expect(relationships[2]).toEqual({ id: 'rId9', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', target: 'https://example.org/', external: true });
  });
});
