import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlEncoding } from '../../../../../../main/core/documents/html/html-charset.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('declaredCharset', () => {
  it('finds <meta charset>, http-equiv content types and XML declarations', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="koi8-r"></head>'))).toBe('koi8-r');
    expect(declaredCharset(bytes('<meta http-equiv=Content-Type content="text/html; charset=iso-8859-6">'))).toBe('iso-8859-6');
    expect(declaredCharset(bytes('<?xml version="1.0" encoding="windows-1250"?><html/>'))).toBe('windows-1250');
    expect(declaredCharset(bytes('<html><body><meta charset="utf-8"></body>'))).toBeNull();
  });
});

describe('htmlEncoding', () => {
  it('takes valid UTF-8 over a legacy declaration (a re-saved page keeps its old meta)', () => {
    const chosen = htmlEncoding(bytes('<meta charset="windows-1252"><p>Grüße</p>'), null);
    expect(chosen).toMatchObject({ encoding: 'utf-8', note: 'declared charset "windows-1252" does not match the bytes: read as utf-8' });
  });

  it('treats a UTF-16 declaration in an 8-bit page as UTF-8, as browsers do', () => {
    expect(htmlEncoding(bytes('<meta charset="utf-16"><p>plain</p>'), null)).toMatchObject({ encoding: 'utf-8', basis: 'declared', note: null });
  });

  it('reports a charset it does not know, then reads the bytes as they look', () => {
    expect(htmlEncoding(bytes('<meta charset="x-klingon"><p>plain</p>'), null).note).toBe('declared charset "x-klingon" is not one this reader knows: read as utf-8');
  });

  it('recognises BOM-less UTF-16', () => {
    expect(htmlEncoding(new Uint8Array(Buffer.from('<p>hello world</p>', 'utf16le')), null).encoding).toBe('utf-16le');
  });
});
