/**
 * What the HTML sanitiser took out of a message, counted so the viewer can say so: an officer
 * reading a message without its pictures should know they were withheld on purpose, and how
 * many, rather than think the message had none.
 */
import { formatCount } from './format.js';

export type BlockedContent = {
  /** Remote images: `<img>` `src`/`srcset`, `background=`, `poster=`, SVG images. */
  images: number;
  /** Remote URLs in styles: `<link rel=stylesheet>`, `@import`, `url()` in `<style>` and `style=`. */
  styles: number;
  /** Other remote URLs: media sources, other `<link>`s, SVG references. */
  other: number;
  /** Scripts, event handlers, forms, frames and plugins, meta refresh and `<base href>`. */
  active: number;
  /** `cid:` images (attachments of the message shown inline) replaced by a placeholder. */
  inlineImages: number;
};

export function noneBlocked(): BlockedContent {
  return { images: 0, styles: 0, other: 0, active: 0, inlineImages: 0 };
}

/** Adds `more` into `total` (the sanitiser's running count). */
export function addBlocked(total: BlockedContent, more: Partial<BlockedContent>): void {
  total.images += more.images ?? 0;
  total.styles += more.styles ?? 0;
  total.other += more.other ?? 0;
  total.active += more.active ?? 0;
  total.inlineImages += more.inlineImages ?? 0;
}

/** Every remote URL blocked, whatever it was for. */
export function remoteCount(blocked: BlockedContent): number {
  return blocked.images + blocked.styles + blocked.other;
}

/**
 * The notice lines, empty when nothing was taken out: "5 remote items blocked (1 image, 4 in
 * styles)", "2 scripts, handlers, forms or frames removed", "1 inline image shown as a placeholder".
 */
export function blockedNotice(blocked: BlockedContent): string[] {
  const lines: string[] = [];
  const remote = remoteCount(blocked);
  if (remote > 0) {
    const parts = [
      blocked.images > 0 ? formatCount(blocked.images, 'image') : '',
      blocked.styles > 0 ? `${blocked.styles.toLocaleString('en-US')} in styles` : '',
      blocked.other > 0 ? `${blocked.other.toLocaleString('en-US')} other` : '',
    ].filter(Boolean);
    lines.push(`${formatCount(remote, 'remote item')} blocked (${parts.join(', ')})`);
  }
  if (blocked.active > 0) {
    lines.push(`${formatCount(blocked.active, 'script, handler, form or frame', 'scripts, handlers, forms or frames')} removed`);
  }
  if (blocked.inlineImages > 0) {
    lines.push(`${formatCount(blocked.inlineImages, 'inline image')} shown as ${blocked.inlineImages === 1 ? 'a placeholder' : 'placeholders'}`);
  }
  return lines;
}
