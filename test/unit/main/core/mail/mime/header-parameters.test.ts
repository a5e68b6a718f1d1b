import { describe, expect, it } from 'vitest';
import { parseContentDisposition, parseContentType } from '../../../../../../main/core/mail/mime/content-type.js';
import { parseHeaderParameters } from '../../../../../../main/core/mail/mime/header-parameters.js';

describe('parseHeaderParameters', () => {
  it('reads tokens and quoted strings with escapes', () => {
    const params = parseHeaderParameters(' charset="utf-8"; format=flowed; name="a \\"b\\" c"');
    expect(params.get('charset')).toBe('utf-8');
    expect(params.get('format')).toBe('flowed');
    expect(params.get('name')).toBe('a "b" c');
  });

  it('keeps Windows paths: only \\\\ and \\" are escapes', () => {
    expect(parseHeaderParameters('filename="C:\\docs\\memo.doc"').get('filename')).toBe('C:\\docs\\memo.doc');
  });

  it('joins RFC 2231 continuations and decodes charset-tagged values', () => {
    const params = parseHeaderParameters(
      " filename*0*=UTF-8'en'%E2%82%AC%20rates; filename*1=\" for \"; filename*2*=%C3%A9t%C3%A9.pdf",
    );
    expect(params.get('filename')).toBe('€ rates for été.pdf');
    expect(parseHeaderParameters("name*=iso-8859-1''caf%E9.txt").get('name')).toBe('café.txt');
    // RFC 2231 §3 example with out-of-order segments.
    expect(parseHeaderParameters('URL*1="cal.org/"; URL*0="ftp://"').get('url')).toBe('ftp://cal.org/');
  });

  it('prefers the RFC 2231 value over a plain one', () => {
    const params = parseHeaderParameters("filename=\"fallback.txt\"; filename*=utf-8''r%C3%A9el.txt");
    expect(params.get('filename')).toBe('réel.txt');
  });

  it('decodes encoded words inside quoted values, as Outlook and Gmail send them', () => {
    expect(parseHeaderParameters('name="=?UTF-8?B?0J/RgNC40LLQtdGCLnR4dA==?="').get('name')).toBe('Привет.txt');
  });

  it('reads leniently: unquoted spaces, missing close quote, stray words', () => {
    expect(parseHeaderParameters('name=my file.pdf; size=3').get('name')).toBe('my file.pdf');
    expect(parseHeaderParameters('name="open ended').get('name')).toBe('open ended');
    const params = parseHeaderParameters('junk; a=1;; b = 2 ');
    expect([...params.entries()]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });
});

describe('parseContentType / parseContentDisposition', () => {
  it('lower-cases type and parameter names', () => {
    const type = parseContentType('Text/HTML; Charset="ISO-8859-1"');
    expect(type.mimeType).toBe('text/html');
    expect(type.parameters.get('charset')).toBe('ISO-8859-1');
    expect(type.valid).toBe(true);
  });

  it('reads an invalid type as text/plain and keeps its parameters (RFC 2045 §5.2)', () => {
    const type = parseContentType('application-x-gzip; name="document.xml.gz"');
    expect(type.mimeType).toBe('text/plain');
    expect(type.valid).toBe(false);
    expect(type.parameters.get('name')).toBe('document.xml.gz');
  });

  it('reads the disposition type and its filename', () => {
    const disposition = parseContentDisposition('ATTACHMENT; filename="report.pdf"; size=208;\r\n\tcreation-date="Tue, 18 Feb 2025 13:28:02 GMT"');
    expect(disposition.type).toBe('attachment');
    expect(disposition.parameters.get('filename')).toBe('report.pdf');
    expect(disposition.parameters.get('creation-date')).toBe('Tue, 18 Feb 2025 13:28:02 GMT');
  });
});
