import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { erfcx, faddeeva } from "../../src/measures/faddeeva.js";

interface Fixture {
  rows: number[][];
}
const fixture: Fixture = JSON.parse(
  readFileSync(new URL("../fixtures/measures/faddeeva.json", import.meta.url), "utf8"),
) as Fixture;

describe("faddeeva w(z)", () => {
  it("matches mpmath (40 digits) to 2e-15 relative in the closed upper half plane", () => {
    let worst = 0;
    for (const [x, y, , , mr, mi] of fixture.rows) {
      if (y < 0) continue;
      const w = faddeeva({ re: x, im: y });
      const err = Math.hypot(w.re - mr, w.im - mi) / Math.hypot(mr, mi);
      worst = Math.max(worst, err);
      expect(err, `z = ${x} + ${y}i`).toBeLessThan(2e-15);
    }
    expect(worst).toBeGreaterThan(0); // the comparison really ran on distinct computations
  });

  it("matches scipy.special.wofz to its own accuracy (5e-14 relative)", () => {
    for (const [x, y, sr, si] of fixture.rows) {
      if (y < 0) continue;
      const w = faddeeva({ re: x, im: y });
      expect(Math.hypot(w.re - sr, w.im - si) / Math.hypot(sr, si), `z = ${x} + ${y}i`).toBeLessThan(5e-14);
    }
  });

  it("real axis: Re w(x) = e^{−x²} to a few ulps (relative), as the density of χ²₁ needs", () => {
    for (const [x, y, , , mr] of fixture.rows) {
      if (y !== 0 || Math.abs(x) > 26) continue;
      const w = faddeeva({ re: x, im: 0 });
      expect(Math.abs(w.re - mr), `x = ${x}`).toBeLessThanOrEqual(4 * Number.EPSILON * mr);
    }
  });

  it("lower half plane via w(z) = 2e^{−z²} − w(−z) to 1e-13", () => {
    for (const [x, y, , , mr, mi] of fixture.rows) {
      if (y >= 0) continue;
      const w = faddeeva({ re: x, im: y });
      expect(Math.hypot(w.re - mr, w.im - mi) / Math.hypot(mr, mi)).toBeLessThan(1e-13);
    }
  });

  it("erfcx(x) = w(ix) is real; erfcx(0) = 1; erfcx ~ 1/(x√π) at large x", () => {
    expect(erfcx(0)).toBe(1);
    const w = faddeeva({ re: 0, im: 3 });
    expect(w.im).toBe(0);
    expect(Math.abs(erfcx(1e6) * 1e6 * Math.sqrt(Math.PI) - 1)).toBeLessThan(1e-12);
    expect(() => erfcx(-1)).toThrow(RangeError);
    expect(() => faddeeva({ re: NaN, im: 0 })).toThrow(RangeError);
  });
});
