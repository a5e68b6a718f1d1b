import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../../../../../../main/core/documents/pdf/dom-matrix-polyfill.js';

describe('the DOMMatrix pdf.js gets in Node', () => {
  it('scales then translates as DOMMatrix does (pdf.js outlines Type 3 glyph masks with this)', () => {
    const { a, b, c, d, e, f } = new AffineMatrix().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
    expect([a, b, c, d, e, f]).toEqual([0.25, 0, 0, -0.5, 0, 1]);
  });

  it('multiplies, inverts and maps points', () => {
    const matrix = new AffineMatrix([2, 0, 0, 3, 10, 20]);
    expect(matrix.transformPoint({ x: 1, y: 1 })).toEqual({ x: 12, y: 23, z: 0, w: 1 });
    const identity = matrix.multiply(matrix.inverse());
    expect([identity.a, identity.b, identity.c, identity.d, identity.e, identity.f]).toEqual([1, 0, 0, 1, 0, 0]);
    expect(new AffineMatrix([1, 0, 0, 1, 5, 0]).preMultiplySelf({ a: 2, d: 2 }).e).toBe(10);
  });

  it('is installed before pdf.js loads', async () => {
    await import('../../../../../../main/core/documents/pdf/pdfjs-loader.js');
    expect((globalThis as { DOMMatrix?: unknown }).DOMMatrix).toBeDefined();
  });
});
