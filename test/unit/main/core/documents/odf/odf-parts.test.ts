/**
 * The pieces of the OpenDocument reader that need no package: the manifest and meta.xml (read
 * from the corpus files' own parts), form controls, the text flow and column names.
 */
import { describe, expect, it } from 'vitest';
import { FormControls } from '../../../../../../main/core/documents/odf/form-controls.js';
import { parseManifest } from '../../../../../../main/core/documents/odf/odf-manifest.js';
import { openDocumentMetadata, openDocumentMetadataOrProblem } from '../../../../../../main/core/documents/odf/odf-meta.js';
import { columnName } from '../../../../../../main/core/documents/odf/spreadsheet-content.js';
import { TextFlow } from '../../../../../../main/core/documents/odf/text-flow.js';
import { corpusZipEntries } from '../corpus-document.js';

async function corpusPart(path: string, part: string): Promise<Uint8Array> {
  const entry = (await corpusZipEntries(path)).find((candidate) => candidate.name === part);
  if (!entry || typeof entry.data === 'string') {
    throw new Error(`${path} has no ${part}`);
  }
  return entry.data;
}

describe('parseManifest', () => {
  it('lists the parts an encrypted package encrypts, and the package type', async () => {
    const manifest = parseManifest(await corpusPart('odt/tika/testODTEncrypted.odt', 'META-INF/manifest.xml'));
    expect(manifest.mediaTypes.get('/')).toBe('application/vnd.oasis.opendocument.text');
    expect(manifest.encrypted).toEqual(expect.arrayContaining(['content.xml', 'meta.xml', 'styles.xml']));
  });

  it('gives embedded objects their folder types, and nothing encrypted in a plain package', async () => {
    const manifest = parseManifest(await corpusPart('odt/tika/testODFwithOOo3.odt', 'META-INF/manifest.xml'));
    expect(manifest.mediaTypes.get('Object 1/')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(manifest.mediaTypes.get('Object 2/')).toBe('application/vnd.oasis.opendocument.formula');
    expect(manifest.encrypted).toEqual([]);
  });
});

describe('openDocumentMetadata', () => {
  it('maps ODF names: the initial creator is the author, dc:creator the last editor, dc:date the modification', async () => {
    expect(openDocumentMetadata(await corpusPart('ods/tika/test-columnar.ods', 'meta.xml'))).toMatchObject({
      author: 'henry feldman', lastModifiedBy: 'Nick Burch', created: '2011-02-11T15:45:55', modified: '2018-05-10T16:58:10',
      application: 'LibreOffice/5.1.6.2$Linux_X86_64 LibreOffice_project/10m0$Build-2', pageCount: null,
    });
  });

  it('falls back to the description for the subject, and reports malformed XML instead of failing', () => {
    const meta = '<office:document-meta><office:meta><dc:description>Draft</dc:description><dc:creator>Ann</dc:creator></office:meta></office:document-meta>';
    expect(openDocumentMetadata(meta)).toMatchObject({ subject: 'Draft', author: 'Ann', lastModifiedBy: 'Ann' });
    const broken = openDocumentMetadataOrProblem(new TextEncoder().encode('<office:document-meta><office:meta>'));
    expect(broken.metadata.title).toBe('');
    expect(broken.problem?.message).toMatch(/^the document properties cannot be read/);
  });
});

describe('FormControls', () => {
  it('keeps entered values, ticked boxes and chosen entries, and leaves out passwords and empty controls', () => {
    const forms = new FormControls();
    forms.open('text', { 'form:name': 'Name', 'form:value': 'default', 'form:current-value': 'Alice' });
    forms.open('text', { 'form:name': 'Empty' });
    forms.open('password', { 'form:name': 'PIN', 'form:current-value': '1234' });
    forms.open('checkbox', { 'form:name': 'gdpr', 'form:label': 'Agree', 'form:current-state': 'checked' });
    forms.open('checkbox', { 'form:name': 'other', 'form:label': 'Other' });
    forms.open('radio', { 'form:name': 'female', 'form:label': 'Female', 'form:current-selected': 'true' });
    forms.open('listbox', { 'form:name': 'Nationality' });
    forms.open('option', { 'form:label': 'German' });
    forms.open('option', { 'form:label': 'French', 'form:current-selected': 'true' });
    forms.close('listbox');
    expect(forms.fields).toEqual([
      { name: 'Name', value: 'Alice', where: '' },
      { name: 'Agree', value: 'checked', where: '' },
      { name: 'Female', value: 'selected', where: '' },
      { name: 'Nationality', value: 'French', where: '' },
    ]);
  });
});

describe('TextFlow', () => {
  it('collapses white space, keeps typed spaces up to a bound, and lays out table cells', () => {
    const flow = new TextFlow({ remaining: 1000, exhausted: false });
    flow.text('two\n   words');
    flow.spaces(3);
    flow.text('end');
    flow.lineBreak();
    flow.openCell();
    flow.text('a');
    flow.lineBreak();
    flow.text('b');
    flow.closeCell();
    flow.openCell();
    flow.spaces(1e9);
    flow.closeCell();
    flow.endRow();
    expect(flow.take()).toBe(`two words   end\na b\t${' '.repeat(64)}`.trimEnd());
  });

  it('refuses text past the shared budget and says so', () => {
    const budget = { remaining: 5, exhausted: false };
    const first = new TextFlow(budget);
    const second = new TextFlow(budget);
    first.text('abc');
    second.text('defg');
    expect([first.take(), second.take(), budget.exhausted]).toEqual(['abc', '', true]);
  });
});

describe('columnName', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  });
});
