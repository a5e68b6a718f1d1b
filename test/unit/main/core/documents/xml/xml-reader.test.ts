import { describe, expect, it } from 'vitest';
import { attribute, parseXml, parseXmlStream, XmlError } from '../../../../../../main/core/documents/xml/xml-reader.js';

describe('xml reader', () => {
  it('gives local names and reads attributes by local name', () => {
    const seen: string[] = [];
    parseXml('<x:root xmlns:x="u"><x:c r:id="rId1" xmlns:r="r">a &amp; b<![CDATA[<c>]]></x:c></x:root>', {
      open: (name, attributes) => seen.push(`${name}:${attribute(attributes, 'id') ?? ''}`),
      text: (text) => seen.push(text),
    });
    expect(seen).toEqual(['root:', 'c:rId1', 'a & b', '<c>']);
  });

  it('refuses a DOCTYPE, so entity expansion bombs cannot start', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(() => parseXml(bomb, {})).toThrow(XmlError);
  });

  it('reports malformed XML as XmlError', () => {
    expect(() => parseXml('<a><b></a>', {})).toThrow(XmlError);
  });

  it('stops a stream early without error when asked', async () => {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('<r><i/>');
      yield new TextEncoder().encode('<i/>');
      throw new Error('should not be read');
    }
    let items = 0;
    const complete = await parseXmlStream(chunks(), { open: (name) => { items += name === 'i' ? 1 : 0; } }, () => items >= 1);
    expect(complete).toBe(false);
    expect(items).toBe(1);
  });
});
