import { describe, expect, it } from 'vitest';
import { classifyUrl, normalizeUrl, srcsetUrls } from '../../../../renderer/components/untrusted-url.js';

describe('URLs in untrusted markup', () => {
  it('treats every network, relative and protocol-relative URL as remote', () => {
    for (const url of ['http://127.0.0.1:8080/pixel.gif?id=1', 'https://t.example/o.gif', '//tracker.example/x.gif', 'ftp://files.example/a.png', 'file:///etc/passwd', 'pixel.gif', '/pixel.gif', '../a.png', 'ws://host/', 'blob:https://a/b']) {
      expect(classifyUrl(url), url).toBe('remote');
    }
  });

  it('reads a scheme the way the browser does: any case, control characters and spaces around or inside', () => {
    // What an attribute holds after the HTML parser decoded "ht&#x74;p://" or "ht&#x0A;tp://".
    for (const url of [' HTTP://t.example/p.gif', 'HtTpS://t.example/', '\thttp://t.example', 'ht\ntp://t.example', 'h\tt\rtp://t.example', '\u0000\u0001http://t.example', 'http://t.example  ']) {
      expect(classifyUrl(url), JSON.stringify(url)).toBe('remote');
    }
    expect(normalizeUrl(' HT\nTP://Host/Path ')).toBe('http://Host/Path');
    expect(normalizeUrl('//host/x.gif')).toBe('//host/x.gif');
  });

  it('keeps data: and recognises cid:, fragments, empty values and script URLs', () => {
    expect(classifyUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('data');
    expect(classifyUrl(' DATA:image/gif;base64,R0lGOD')).toBe('data');
    expect(classifyUrl('da\nta:image/gif,x')).toBe('data');
    expect(classifyUrl('cid:logo@city.example')).toBe('cid');
    expect(classifyUrl('CID:part1.0@x')).toBe('cid');
    expect(classifyUrl('#top')).toBe('fragment');
    expect(classifyUrl('  ')).toBe('empty');
    expect(classifyUrl('javascript:alert(1)')).toBe('script');
    expect(classifyUrl(' JaVa\tScRiPt:alert(1)')).toBe('script');
    expect(classifyUrl('vbscript:msgbox')).toBe('script');
  });

  it('is not fooled by look-alikes of data:', () => {
    // Neither is a data: URL to a browser: the first is relative, the second another scheme.
    expect(classifyUrl('data :image/png,x')).toBe('remote');
    expect(classifyUrl('x-data:image/png,x')).toBe('remote');
    expect(classifyUrl('http://host/data:image/png')).toBe('remote');
  });

  it('splits srcset as the HTML standard does, keeping the commas inside data: URLs', () => {
    expect(srcsetUrls('http://a/1.png 1x, //b/2.png 2x')).toEqual(['http://a/1.png', '//b/2.png']);
    expect(srcsetUrls('a.png, b.png')).toEqual(['a.png', 'b.png']);
    // Without a space the comma is part of the URL, for a browser too.
    expect(srcsetUrls('a.png,b.png')).toEqual(['a.png,b.png']);
    expect(srcsetUrls('data:image/png;base64,AAAA 1x, http://t.example/x.png 480w')).toEqual(['data:image/png;base64,AAAA', 'http://t.example/x.png']);
    expect(srcsetUrls('  a.png (max-width: 10px, 2x), b.png 2x ')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls(' , ,')).toEqual([]);
  });
});
