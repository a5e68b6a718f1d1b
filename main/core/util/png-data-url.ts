import type { PageImage } from '../../../shared/model/page-image.js';
import type { RenderedPage } from '../documents/pdf/render-pdf-page.js';

/** A PNG as a `data:` URL: what the renderer's policy allows for images (img-src 'self' data:), with no file or URL of its own. */
export function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')}`;
}

/** A drawn page as the viewer takes it: its PNG as a data: URL, its size and where it is in its document. */
export function pageImageOf(drawn: RenderedPage): Pick<PageImage, 'dataUrl' | 'widthPx' | 'heightPx' | 'page' | 'pageCount'> {
  return { dataUrl: pngDataUrl(drawn.png), widthPx: drawn.widthPx, heightPx: drawn.heightPx, page: drawn.page, pageCount: drawn.pageCount };
}
