import { describe, expect, it } from 'vitest';
import { addBlocked, blockedNotice, noneBlocked, remoteCount } from '../../../../renderer/components/blocked-content.js';
import { FRAME_CONTENT_SECURITY_POLICY, sandboxedFrameDocument } from '../../../../renderer/components/sandboxed-frame-document.js';

describe('what was withheld from an HTML message, in words', () => {
  it('says nothing when nothing was taken out', () => {
    expect(blockedNotice(noneBlocked())).toEqual([]);
  });

  it('counts remote items with their kinds, active content and placeholders', () => {
    const blocked = noneBlocked();
    addBlocked(blocked, { images: 1 });
    addBlocked(blocked, { styles: 3, active: 0 });
    addBlocked(blocked, { styles: 1, active: 2, inlineImages: 1 });
    expect(remoteCount(blocked)).toBe(5);
    expect(blockedNotice(blocked)).toEqual(['5 remote items blocked (1 image, 4 in styles)', '2 scripts, handlers, forms or frames removed', '1 inline image shown as a placeholder']);
    expect(blockedNotice({ images: 0, styles: 0, other: 1, active: 1, inlineImages: 2 })).toEqual([
      '1 remote item blocked (1 other)',
      '1 script, handler, form or frame removed',
      '2 inline images shown as placeholders',
    ]);
  });
});

describe('the sandboxed frame’s document', () => {
  it('opens with a policy that lets nothing load but data: images', () => {
    const document = sandboxedFrameDocument('<html><head></head><body><p>Hi</p></body></html>');
    expect(document.startsWith(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`)).toBe(true);
    expect(FRAME_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(document.endsWith('<body><p>Hi</p></body></html>')).toBe(true);
  });
});
