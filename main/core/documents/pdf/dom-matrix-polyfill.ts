/**
 * A 2-D DOMMatrix for pdf.js in Node, installed before pdf.js is first evaluated.
 *
 * pdf.js creates a DOMMatrix when its module loads (and its worker uses one to outline Type 3
 * glyph masks). In Node it borrows one from the optional native package @napi-rs/canvas, which a
 * bundled worker or a packaged app may not have; without it, importing pdf.js throws
 * "DOMMatrix is not defined" and no PDF can be read. Text extraction never renders, so the 2-D
 * affine subset of the interface is all that is needed, and the same code then runs in tests,
 * in the bundled worker and in the packaged app.
 *
 * Imported for its side effect only, and first, by pdfjs-loader.ts.
 */

type MatrixInit = readonly number[] | undefined;

/** The affine part of a DOMMatrix: [a b c d e f] as in the Canvas and PDF conventions. */
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: MatrixInit) {
    if (init && init.length === 6) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = init.map(Number) as [number, number, number, number, number, number];
    } else if (init && init.length === 16) {
      // A 4×4 matrix in column-major order: the 2-D part is m11 m12 m21 m22 m41 m42.
      [this.a, this.b, this.c, this.d, this.e, this.f] = [init[0], init[1], init[4], init[5], init[12], init[13]].map(Number) as [number, number, number, number, number, number];
    }
  }

  get m11(): number { return this.a; }
  get m12(): number { return this.b; }
  get m21(): number { return this.c; }
  get m22(): number { return this.d; }
  get m41(): number { return this.e; }
  get m42(): number { return this.f; }
  get is2D(): boolean { return true; }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
    return this;
  }

  /** this = this × other. */
  multiplySelf(other: Partial<AffineMatrix> = {}): this {
    const o = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0, ...other };
    return this.set(
      this.a * o.a + this.c * o.b,
      this.b * o.a + this.d * o.b,
      this.a * o.c + this.c * o.d,
      this.b * o.c + this.d * o.d,
      this.a * o.e + this.c * o.f + this.e,
      this.b * o.e + this.d * o.f + this.f,
    );
  }

  /** this = other × this. */
  preMultiplySelf(other: Partial<AffineMatrix> = {}): this {
    const o = new AffineMatrix([other.a ?? 1, other.b ?? 0, other.c ?? 0, other.d ?? 1, other.e ?? 0, other.f ?? 0]);
    const product = o.multiplySelf(this);
    return this.set(product.a, product.b, product.c, product.d, product.e, product.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }

  scaleSelf(sx = 1, sy = sx, _sz = 1, ox = 0, oy = 0): this {
    this.translateSelf(ox, oy);
    this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
    return this.translateSelf(-ox, -oy);
  }

  invertSelf(): this {
    const determinant = this.a * this.d - this.b * this.c;
    if (determinant === 0 || !Number.isFinite(determinant)) {
      return this.set(NaN, NaN, NaN, NaN, NaN, NaN);
    }
    return this.set(
      this.d / determinant,
      -this.b / determinant,
      -this.c / determinant,
      this.a / determinant,
      (this.c * this.f - this.d * this.e) / determinant,
      (this.b * this.e - this.a * this.f) / determinant,
    );
  }

  multiply(other?: Partial<AffineMatrix>): AffineMatrix { return this.copy().multiplySelf(other); }
  translate(tx?: number, ty?: number): AffineMatrix { return this.copy().translateSelf(tx, ty); }
  scale(sx?: number, sy?: number, sz?: number, ox?: number, oy?: number): AffineMatrix { return this.copy().scaleSelf(sx, sy, sz, ox, oy); }
  inverse(): AffineMatrix { return this.copy().invertSelf(); }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

const global = globalThis as { DOMMatrix?: unknown };
global.DOMMatrix ??= AffineMatrix;

/** Exported for its tests; pdf.js finds it as globalThis.DOMMatrix. */
export { AffineMatrix };
