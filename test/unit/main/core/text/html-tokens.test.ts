import { describe, expect, it } from 'vitest';
import { htmlTokens, parseAttributes } from '../../../../../main/core/text/html-tokens.js';

describe('htmlTokens', () => {
  it('splits tags, text and raw-text elements, dropping comments and doctypes', () => {
    const tokens = [...htmlTokens('<!DOCTYPE html><p class="a>b">x &amp; y</p><!-- no --><script>if (a < b) {}</script>a < b')];
    expect(tokens).toEqual([
      { kind: 'start', name: 'p', attributes: ' class="a>b"', selfClosing: false },
      { kind: 'text', text: 'x &amp; y' },
      { kind: 'end', name: 'p' },
      { kind: 'start', name: 'script', attributes: '', selfClosing: false },
      { kind: 'raw', name: 'script', text: 'if (a < b) {}' },
      { kind: 'end', name: 'script' },
      { kind: 'text', text: 'a < b' },
    ]);
  });

  it('runs an unclosed raw-text element to the end, once', () => {
    expect([...htmlTokens('<style>p {}')]).toEqual([
      { kind: 'start', name: 'style', attributes: '', selfClosing: false },
      { kind: 'raw', name: 'style', text: 'p {}' },
    ]);
  });

  it('stays linear on input built to make regular expressions backtrack', () => {
    const hostile = '<script'.repeat(100_000) + '<!--'.repeat(100_000) + '<a title="'.repeat(50_000);
    const started = performance.now();
    let count = 0;
    for (const token of htmlTokens(hostile)) {
      count += token.kind === 'start' ? 1 : 0;
    }
    expect(count).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes, first one wins', () => {
    expect([...parseAttributes(' HTTP-EQUIV=Content-Type content="text/html; charset=x" checked id=\'a\' id="b"')]).toEqual([
      ['http-equiv', 'Content-Type'], ['content', 'text/html; charset=x'], ['checked', ''], ['id', 'a'],
    ]);
  });
});
