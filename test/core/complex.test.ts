import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { complex, div, mul, sqrt, abs, sub } from "../../src/core/complex.js";

describe("complex arithmetic", () => {
  it("division inverts multiplication to a few ulps", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (ar, ai, br, bi) => {
          const a = complex(ar, ai);
          const b = complex(br, bi);
          const back = mul(div(a, b), b);
          expect(abs(sub(back, a))).toBeLessThanOrEqual(8 * Number.EPSILON * (abs(a) + 1e-300));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("principal square root squares back and has Re ≥ 0", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (re, im) => {
        const z = complex(re, im);
        const r = sqrt(z);
        expect(r.re).toBeGreaterThanOrEqual(0);
        expect(abs(sub(mul(r, r), z))).toBeLessThanOrEqual(8 * Number.EPSILON * abs(z) + 4 * Number.MIN_VALUE);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
