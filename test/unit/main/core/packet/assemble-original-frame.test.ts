import { describe, expect, it } from 'vitest';
import { normaliseRotation, originalFrame, placeOriginal, type OriginalPlacement, type PageRotation } from '../../../../../main/core/packet/assemble-original-frame.js';
import { LETTER_GEOMETRY } from '../../../../../main/core/packet/page-geometry.js';

const frame = originalFrame(LETTER_GEOMETRY);

/** The corners of the page as drawn: pdf-lib translates, rotates (counter-clockwise degrees), then scales. */
function drawnBox(width: number, height: number, placement: OriginalPlacement): { left: number; bottom: number; right: number; top: number } {
  const angle = (placement.rotate * Math.PI) / 180;
  const corners = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
  ].map(([u = 0, v = 0]) => {
    const x = u * placement.scale;
    const y = v * placement.scale;
    return [placement.x + x * Math.cos(angle) - y * Math.sin(angle), placement.y + x * Math.sin(angle) + y * Math.cos(angle)] as const;
  });
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { left: Math.min(...xs), bottom: Math.min(...ys), right: Math.max(...xs), top: Math.max(...ys) };
}

describe('originalFrame', () => {
  it('leaves the stamp line clear at the foot and the top, and half an inch at the sides', () => {
    expect(frame).toEqual({ left: 36, bottom: 48, right: 576, top: 744 });
    const stampTop = LETTER_GEOMETRY.footerBaseline + LETTER_GEOMETRY.footer.size;
    expect(frame.bottom).toBeGreaterThan(stampTop);
  });
});

describe('placeOriginal', () => {
  const sizes: Array<[string, number, number]> = [
    ['Letter', 612, 792],
    ['A4', 595.32, 841.92],
    ['Legal', 612, 1008],
    ['Letter landscape', 792, 612],
    ['receipt', 200, 300],
  ];
  const rotations: PageRotation[] = [0, 90, 180, 270];

  for (const [name, width, height] of sizes) {
    for (const rotation of rotations) {
      it(`fits a ${name} page rotated ${rotation} inside the frame, centred`, () => {
        const placement = placeOriginal(width, height, rotation, frame);
        const box = drawnBox(width, height, placement);
        expect(box.left).toBeGreaterThanOrEqual(frame.left - 0.001);
        expect(box.bottom).toBeGreaterThanOrEqual(frame.bottom - 0.001);
        expect(box.right).toBeLessThanOrEqual(frame.right + 0.001);
        expect(box.top).toBeLessThanOrEqual(frame.top + 0.001);
        expect((box.left + box.right) / 2).toBeCloseTo((frame.left + frame.right) / 2, 2);
        expect((box.bottom + box.top) / 2).toBeCloseTo((frame.bottom + frame.top) / 2, 2);
      });
    }
  }

  it('turns a /Rotate page the way viewers show it (clockwise): its top-left corner ends where it should', () => {
    const where = (rotation: PageRotation): [number, number] => {
      const placement = placeOriginal(612, 792, rotation, frame);
      const box = drawnBox(612, 792, placement);
      const angle = (placement.rotate * Math.PI) / 180;
      const [u, v] = [0, 792 * placement.scale];
      const x = placement.x + u * Math.cos(angle) - v * Math.sin(angle);
      const y = placement.y + u * Math.sin(angle) + v * Math.cos(angle);
      return [Math.round((x - box.left) / (box.right - box.left)), Math.round((y - box.bottom) / (box.top - box.bottom))];
    };
    // [0, 1] is the shown box's top-left corner, [1, 1] its top-right, and so on.
    expect(where(0)).toEqual([0, 1]);
    expect(where(90)).toEqual([1, 1]);
    expect(where(180)).toEqual([1, 0]);
    expect(where(270)).toEqual([0, 0]);
  });

  it('shrinks a Letter page only slightly, and never enlarges a small one', () => {
    expect(placeOriginal(612, 792, 0, frame).scale).toBe(0.878);
    expect(placeOriginal(200, 300, 0, frame).scale).toBe(1);
  });
});

describe('normaliseRotation', () => {
  it('reads any multiple of 90, negative included, as a clockwise quarter turn', () => {
    expect([0, 90, 180, 270, 360, -90, 450].map(normaliseRotation)).toEqual([0, 90, 180, 270, 0, 270, 90]);
  });
});
