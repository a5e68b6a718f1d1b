/** A PNG as a `data:` URL: what the renderer's policy allows for images (img-src 'self' data:), with no file or URL of its own. */
export function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')}`;
}
