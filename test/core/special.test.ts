import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { erf, erfc, normalCdf, normalPdf } from "../../src/core/special.js";

interface Row {
  x: string;
  erf: string;
  erfc: string;
  normalCdf: string;
  normalCdfNeg: string;
}
const fixture = JSON.parse(readFileSync(new URL("../fixtures/activations/special_values.json", import.meta.url), "utf8")) as { values: Row[] };

const relErr = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

describe("erf, erfc, normalCdf against mpmath (test/fixtures/activations/gaussian_moments.py)", () => {
  it.each(fixture.values.map((r) => [r.x, r] as const))("x = %s", (_x, r) => {
    const x = Number(r.x);
    expect(Math.abs(erf(x) - Number(r.erf))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.max(1, Math.abs(Number(r.erf))));
    expect(relErr(erfc(x), Number(r.erfc))).toBeLessThan(x > 0 ? 2e-14 * Math.max(1, x * x) : 4e-16);
    expect(relErr(normalCdf(x), Number(r.normalCdf))).toBeLessThan(2e-14 * Math.max(1, x * x));
    expect(relErr(normalCdf(-x), Number(r.normalCdfNeg))).toBeLessThan(2e-14 * Math.max(1, x * x));
  });
});

describe("identities", () => {
  it("erf is odd, erf + erfc = 1, Φ(x) + Φ(−x) = 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(erf(-x) === -erf(x)).toBe(true);
        expect(Math.abs(erf(x) + erfc(x) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
        expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("Φ′ = pdf (central differences)", () => {
    for (const x of [-3, -1, 0, 0.5, 2.5]) {
      const h = 1e-5;
      const fd = (normalCdf(x + h) - normalCdf(x - h)) / (2 * h);
      expect(relErr(fd, normalPdf(x))).toBeLessThan(1e-8);
    }
  });

  it("limits and NaN", () => {
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
    expect(Number.isNaN(erf(NaN))).toBe(true);
  });
});
