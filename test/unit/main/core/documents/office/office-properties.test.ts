import { describe, expect, it } from 'vitest';
import { officeMetadata, officeMetadataOrProblem } from '../../../../../../main/core/documents/office/office-properties.js';

describe('officeMetadata', () => {
  it('reads core and app properties, ignoring app.xml vectors', () => {
    const core = '<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t"><dc:title>Budget</dc:title><dc:creator>Ann</dc:creator>' +
      '<dc:description>Q3</dc:description><cp:keywords>money</cp:keywords><cp:lastModifiedBy>Bob</cp:lastModifiedBy>' +
      '<dcterms:created>2015-10-07T20:14:00+02:00</dcterms:created><dcterms:modified>2015-10-07T18:18:00</dcterms:modified></cp:coreProperties>';
    const app = '<Properties><TitlesOfParts><vt:vector xmlns:vt="v"><vt:lpstr>Sheet1</vt:lpstr></vt:vector></TitlesOfParts><Pages>3</Pages><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>';
    expect(officeMetadata(core, app)).toMatchObject({
      title: 'Budget', author: 'Ann', subject: 'Q3', keywords: 'money', lastModifiedBy: 'Bob',
      created: '2015-10-07T18:14:00Z', modified: '2015-10-07T18:18:00', pageCount: 3, application: 'Microsoft Excel 16.0300',
    });
  });

  it('reports malformed properties instead of failing the document', () => {
    const result = officeMetadataOrProblem(new TextEncoder().encode('<cp:coreProperties><dc:title>unclosed'), null);
    expect(result.metadata.title).toBe('');
    expect(result.problem?.message).toMatch(/^the document properties cannot be read/);
  });
});
