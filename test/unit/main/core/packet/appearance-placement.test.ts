/** Fitting a form field's appearance onto its annotation rectangle (PDF 32000-1, 12.5.5). */
import { describe, expect, it } from 'vitest';
import { appearancePlacement } from '../../../../../main/core/packet/appearance-placement.js';

describe('appearancePlacement', () => {
  it('moves an appearance drawn from the origin to its rectangle, whichever corners the rectangle names', () => {
    expect(appearancePlacement([100, 700, 300, 720], [0, 0, 200, 20])).toEqual([1, 0, 0, 1, 100, 700]);
    expect(appearancePlacement([300, 720, 100, 700], [0, 0, 200, 20])).toEqual([1, 0, 0, 1, 100, 700]);
  });

  it('scales an appearance whose box differs from the rectangle, and allows for a box away from the origin', () => {
    expect(appearancePlacement([100, 700, 300, 740], [0, 0, 100, 20])).toEqual([2, 0, 0, 2, 100, 700]);
    expect(appearancePlacement([100, 700, 300, 720], [10, 10, 210, 30])).toEqual([1, 0, 0, 1, 90, 690]);
  });

  it('fits the box as the appearance’s own matrix turns it', () => {
    // Turned 90° counter-clockwise, a 20 × 200 box lies 200 wide and 20 high, from x = −200.
    expect(appearancePlacement([100, 700, 300, 720], [0, 0, 20, 200], [0, 1, -1, 0, 0, 0])).toEqual([1, 0, 0, 1, 300, 700]);
    expect(appearancePlacement([100, 700, 200, 740], [0, 0, 20, 200], [0, 1, -1, 0, 0, 0])).toEqual([0.5, 0, 0, 2, 200, 700]);
  });

  it('gives nothing to draw for a box or rectangle with no area, a number that is not finite, or a placement off any page', () => {
    expect(appearancePlacement([100, 700, 100, 720], [0, 0, 200, 20])).toBeNull();
    expect(appearancePlacement([100, 700, 300, 720], [0, 0, 0, 20])).toBeNull();
    expect(appearancePlacement([100, 700, Number.NaN, 720], [0, 0, 200, 20])).toBeNull();
    expect(appearancePlacement([0, 0, 1e6, 1e6], [0, 0, 1e-6, 1e-6])).toBeNull();
  });
});
