import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gaussHermite, gaussLegendre } from "../../src/core/gaussRules.js";
import { gaussKronrod } from "../../src/core/gaussKronrod.js";
import { integrate, integrateComplex, integrateSqrtEndpoints, integrateVector } from "../../src/core/quadrature.js";
import { ConvergenceError } from "../../src/core/errors.js";
import { readFileSync } from "node:fs";

interface RuleRows {
  nodes: string[];
  weights: string[];
}
const ruleFixture = JSON.parse(readFileSync(new URL("../fixtures/activations/quadrature_rules.json", import.meta.url), "utf8")) as {
  legendre: Record<string, RuleRows>;
  hermite: Record<string, RuleRows>;
};

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe("gaussLegendre", () => {
  it.each([1, 2, 3, 5, 10, 20, 50, 100])("n = %i integrates x^k exactly for k ≤ 2n − 1 (1e-14 relative)", (n) => {
    const { nodes, weights } = gaussLegendre(n);
    for (let k = 0; k <= 2 * n - 1; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += weights[i] * nodes[i] ** k;
      const exact = k % 2 === 1 ? 0 : 2 / (k + 1);
      if (exact === 0) expect(Math.abs(s)).toBeLessThan(1e-15);
      else expect(rel(s, exact)).toBeLessThan(1e-14);
    }
  });

  it("is not exact at degree 2n (the test would notice a wrong rule)", () => {
    const n = 6;
    const { nodes, weights } = gaussLegendre(n);
    let s = 0;
    for (let i = 0; i < n; i++) s += weights[i] * nodes[i] ** (2 * n);
    expect(rel(s, 2 / (2 * n + 1))).toBeGreaterThan(1e-3);
  });

  it("nodes are increasing, symmetric and inside (−1, 1); weights positive", () => {
    const { nodes, weights } = gaussLegendre(31);
    for (let i = 0; i < 31; i++) {
      expect(weights[i]).toBeGreaterThan(0);
      expect(Math.abs(nodes[i])).toBeLessThan(1);
      expect(nodes[i] + nodes[30 - i]).toBe(0);
      if (i > 0) expect(nodes[i]).toBeGreaterThan(nodes[i - 1]);
    }
    expect(nodes[15]).toBe(0);
  });

  it("random polynomials of degree 2n − 1 are integrated to 1e-14 relative to Σ|c_k|/(k+1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 80, maxLength: 80 }), (n, c) => {
        const deg = 2 * n - 1;
        const { nodes, weights } = gaussLegendre(n);
        let s = 0;
        for (let i = 0; i < n; i++) {
          let p = 0;
          for (let k = deg; k >= 0; k--) p = p * nodes[i] + c[k];
          s += weights[i] * p;
        }
        let exact = 0;
        let scale = 0;
        for (let k = 0; k <= deg; k++) {
          if (k % 2 === 0) exact += (2 * c[k]) / (k + 1);
          scale += (2 * Math.abs(c[k])) / (k + 1);
        }
        expect(Math.abs(s - exact)).toBeLessThanOrEqual(1e-14 * scale + 1e-300);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it("rejects bad n", () => {
    expect(() => gaussLegendre(0)).toThrow(RangeError);
    expect(() => gaussLegendre(2.5)).toThrow(/n must be an integer/);
    expect(() => gaussLegendre(NaN)).toThrow(RangeError);
  });
});

describe("gaussHermite (probabilists')", () => {
  it.each([1, 2, 4, 7, 10, 20, 40])("n = %i gives E z^{2k} = (2k − 1)!! for 2k ≤ 2n − 1 (1e-14 relative) and weights summing to 1", (n) => {
    const { nodes, weights } = gaussHermite(n);
    let doubleFactorial = 1;
    for (let k = 0; 2 * k <= 2 * n - 1; k++) {
      if (k > 0) doubleFactorial *= 2 * k - 1;
      let even = 0;
      let odd = 0;
      for (let i = 0; i < n; i++) {
        even += weights[i] * nodes[i] ** (2 * k);
        odd += weights[i] * nodes[i] ** (2 * k + 1 <= 2 * n - 1 ? 2 * k + 1 : 1);
      }
      expect(rel(even, doubleFactorial)).toBeLessThan(1e-14);
      expect(Math.abs(odd)).toBeLessThan(1e-14 * doubleFactorial * (2 * k + 1));
    }
  });

  it("is not exact at degree 2n", () => {
    const n = 5;
    const { nodes, weights } = gaussHermite(n);
    let s = 0;
    for (let i = 0; i < n; i++) s += weights[i] * nodes[i] ** 10;
    expect(rel(s, 945)).toBeGreaterThan(1e-3);
  });

  it("large n stays finite and accurate: E cos(z) = e^{−1/2} with n = 200", () => {
    const { nodes, weights } = gaussHermite(200);
    let s = 0;
    for (let i = 0; i < 200; i++) s += weights[i] * Math.cos(nodes[i]);
    expect(rel(s, Math.exp(-0.5))).toBeLessThan(1e-14);
  });
});

describe("Gauss rules against mpmath (test/fixtures/activations/quadrature_rules.py)", () => {
  // Weight tolerance: Legendre 4e-15 relative; Hermite 5e-14 (the outermost weights ~ e^{−x²/2} inherit
  // a relative error ≈ x·|δx| from the rounded node, x ≈ 8.1 for n = 40).
  it.each([
    ["legendre", "7", 4e-15],
    ["legendre", "50", 4e-15],
    ["hermite", "9", 4e-15],
    ["hermite", "40", 5e-14],
  ] as const)("%s n = %s: nodes to 2 ulp, weights to %s relative", (kind, n, wTol) => {
    const rule = kind === "legendre" ? gaussLegendre(Number(n)) : gaussHermite(Number(n));
    const ref = ruleFixture[kind][n];
    for (let i = 0; i < Number(n); i++) {
      const x = Number(ref.nodes[i]);
      const w = Number(ref.weights[i]);
      expect(Math.abs(rule.nodes[i] - x)).toBeLessThanOrEqual(2 * Number.EPSILON * Math.max(1, Math.abs(x)));
      expect(Math.abs(rule.weights[i] - w) / w).toBeLessThanOrEqual(wTol);
    }
  });
});

describe("gaussKronrod", () => {
  it.each([3, 7, 10, 15])("G%iK(2n+1): Kronrod exact to degree 3n + 1, Gauss part to 2n − 1", (n) => {
    const r = gaussKronrod(n);
    expect(r.nodes.length).toBe(2 * n + 1);
    for (let k = 0; k <= 3 * n + 1; k++) {
      let kr = 0;
      let g = 0;
      for (let i = 0; i < r.nodes.length; i++) {
        kr += r.kronrodWeights[i] * r.nodes[i] ** k;
        g += r.gaussWeights[i] * r.nodes[i] ** k;
      }
      const exact = k % 2 ? 0 : 2 / (k + 1);
      expect(Math.abs(kr - exact)).toBeLessThan(2e-15);
      if (k <= 2 * n - 1) expect(Math.abs(g - exact)).toBeLessThan(2e-15);
    }
    // Kronrod nodes interlace the Gauss nodes; all weights positive (Legendre case).
    for (let i = 1; i < r.nodes.length; i++) expect(r.nodes[i]).toBeGreaterThan(r.nodes[i - 1]);
    for (const w of r.kronrodWeights) expect(w).toBeGreaterThan(0);
    // Not exact one degree further: Σ w P_k(x_i) ≠ ∫P_k = 0 for the first even k > 3n + 1.
    const k = 3 * n + 2 + ((3 * n + 2) % 2);
    let kr = 0;
    for (let i = 0; i < r.nodes.length; i++) {
      let p0 = 1;
      let p1 = r.nodes[i];
      for (let j = 1; j < k; j++) [p0, p1] = [p1, ((2 * j + 1) * r.nodes[i] * p1 - j * p0) / (j + 1)];
      kr += r.kronrodWeights[i] * p1;
    }
    expect(Math.abs(kr)).toBeGreaterThan(1e-4);
  });
});

describe("integrate (adaptive G10K21)", () => {
  const cases: Array<[string, (x: number) => number, number, number, number, number[]?]> = [
    ["Gaussian over R", (x) => Math.exp(-0.5 * x * x), -Infinity, Infinity, Math.sqrt(2 * Math.PI)],
    ["1/(1+x²) on [0, ∞)", (x) => 1 / (1 + x * x), 0, Infinity, Math.PI / 2],
    ["eˣ on (−∞, 0]", Math.exp, -Infinity, 0, 1],
    ["1/√x on [0, 1] (endpoint singularity)", (x) => 1 / Math.sqrt(x), 0, 1, 2],
    ["log x on [0, 1]", Math.log, 0, 1, -1],
    ["√(1 − x²) on [−1, 1]", (x) => Math.sqrt(1 - x * x), -1, 1, Math.PI / 2],
    ["|x − 0.3| with breakpoint", (x) => Math.abs(x - 0.3), -1, 1, 1.09, [0.3]],
    ["step at 0.1 with breakpoint", (x) => (x > 0.1 ? 1 : 0), -1, 1, 0.9, [0.1]],
    ["cos(50x) on [0, 1]", (x) => Math.cos(50 * x), 0, 1, Math.sin(50) / 50],
    ["x^{−1/3}·e^{−x} on [0, ∞)", (x) => Math.exp(-x) / Math.cbrt(x), 0, Infinity, 1.3541179394264005], // Γ(2/3)
  ];
  it.each(cases)("%s", (_name, f, a, b, exact, bps) => {
    const r = integrate(f, a, b, { relTol: 1e-11, breakpoints: bps });
    expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(Math.max(1e-11 * Math.abs(exact), 5 * r.error, 1e-15));
    expect(Math.abs(r.value - exact)).toBeLessThan(1e-9 * Math.abs(exact));
    expect(r.evaluations).toBeGreaterThan(0);
  });

  it("breakpoints make a kink cheap; without them the integral still converges", () => {
    const f = (x: number): number => Math.abs(x - 0.3);
    const withBp = integrate(f, -1, 1, { breakpoints: [0.3] });
    const without = integrate(f, -1, 1);
    expect(withBp.evaluations).toBeLessThan(without.evaluations);
    expect(Math.abs(without.value - 1.09)).toBeLessThan(1e-9);
  });

  it("reverses sign when a > b, gives 0 on an empty interval, ignores breakpoints outside", () => {
    expect(integrate(Math.exp, 1, 0).value).toBeCloseTo(1 - Math.E, 14);
    expect(integrate(Math.exp, 2, 2).value).toBe(0);
    expect(integrate(Math.exp, 0, 1, { breakpoints: [-5, 7] }).value).toBeCloseTo(Math.E - 1, 14);
  });

  it("random quartic times Gaussian over R agrees with the moment formula", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 }), (c) => {
        const f = (x: number): number => (c[0] + x * (c[1] + x * (c[2] + x * (c[3] + x * c[4])))) * Math.exp(-0.5 * x * x);
        const exact = Math.sqrt(2 * Math.PI) * (c[0] + c[2] + 3 * c[4]);
        const scale = Math.sqrt(2 * Math.PI) * (Math.abs(c[0]) + Math.abs(c[2]) + 3 * Math.abs(c[4]) + Math.abs(c[1]) + Math.abs(c[3]));
        const r = integrate(f, -Infinity, Infinity, { relTol: 1e-12, absTol: 1e-14 * scale });
        expect(Math.abs(r.value - exact)).toBeLessThan(1e-12 * scale + 1e-15);
      }),
      { seed: 11, numRuns: 40 },
    );
  });

  it("throws ConvergenceError when the budget is too small", () => {
    expect(() => integrate((x) => Math.cos(200 * x), 0, 10, { maxSubdivisions: 3 })).toThrow(ConvergenceError);
  });

  it("throws RangeError for a non-finite integrand, bad limits and bad options", () => {
    expect(() => integrate((x) => 1 / x, 0, 1)).toThrow(RangeError);
    expect(() => integrate(() => NaN, 0, 1)).toThrow(/NaN/);
    expect(() => integrate(Math.exp, NaN, 1)).toThrow(RangeError);
    expect(() => integrate(Math.exp, 0, 1, { relTol: -1 })).toThrow(/relTol/);
    expect(() => integrate(Math.exp, 0, 1, { maxSubdivisions: 0 })).toThrow(/maxSubdivisions/);
    expect(() => integrate(Math.exp, 0, 1, { breakpoints: [NaN] })).toThrow(/breakpoints\[0\]/);
  });

  it("integrateVector shares one subdivision and meets each component's tolerance", () => {
    const r = integrateVector(
      (x, out) => {
        const w = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        out[0] = w;
        out[1] = x * x * w;
        out[2] = (x > 1 ? 1 : 0) * w;
      },
      3,
      -Infinity,
      Infinity,
      { breakpoints: [1], relTol: 1e-13 },
    );
    expect(rel(r.values[0], 1)).toBeLessThan(1e-13);
    expect(rel(r.values[1], 1)).toBeLessThan(1e-13);
    expect(rel(r.values[2], 0.15865525393145705)).toBeLessThan(1e-13); // Φ(−1)
  });
});

describe("integrateComplex", () => {
  it("∫₀^π e^{ix} dx = 2i and ∫_R e^{ix} e^{−x²/2} dx = √(2π) e^{−1/2}", () => {
    const a = integrateComplex((x) => ({ re: Math.cos(x), im: Math.sin(x) }), 0, Math.PI);
    expect(Math.abs(a.re)).toBeLessThan(1e-14);
    expect(rel(a.im, 2)).toBeLessThan(1e-14);
    const b = integrateComplex((x) => ({ re: Math.cos(x) * Math.exp(-0.5 * x * x), im: Math.sin(x) * Math.exp(-0.5 * x * x) }), -Infinity, Infinity, { relTol: 1e-12 });
    expect(rel(b.re, Math.sqrt(2 * Math.PI) * Math.exp(-0.5))).toBeLessThan(1e-12);
    expect(Math.abs(b.im)).toBeLessThan(1e-14);
  });

  it("Stieltjes transform of the semicircle at z = 1 + i: s(z) = (−z + √(z² − 4))/2", () => {
    const z = { re: 1, im: 1 };
    const r = integrateComplex(
      (x) => {
        const rho = Math.sqrt(4 - x * x) / (2 * Math.PI);
        const dr = x - z.re;
        const d = dr * dr + z.im * z.im;
        return { re: (rho * dr) / d, im: (rho * z.im) / d };
      },
      -2,
      2,
      { relTol: 1e-12 },
    );
    // z² − 4 = −4 + 2i; the branch with s ∈ C⁺: s = (−z + √(z² − 4))/2 with Im √ chosen so Im s > 0.
    const w = { re: -4, im: 2 };
    const m = Math.hypot(w.re, w.im);
    const sq = { re: Math.sqrt((m + w.re) / 2), im: Math.sign(w.im) * Math.sqrt((m - w.re) / 2) };
    const s = { re: (-z.re + sq.re) / 2, im: (-z.im + sq.im) / 2 };
    expect(s.im).toBeGreaterThan(0);
    expect(Math.abs(r.re - s.re)).toBeLessThan(1e-11);
    expect(Math.abs(r.im - s.im)).toBeLessThan(1e-11);
  });
});

describe("integrateSqrtEndpoints", () => {
  it("semicircle mass and second moment to 1e-15 with 20 nodes", () => {
    const rho = (x: number): number => Math.sqrt(4 - x * x) / (2 * Math.PI);
    expect(Math.abs(integrateSqrtEndpoints(rho, -2, 2, 20) - 1)).toBeLessThan(1e-15);
    expect(Math.abs(integrateSqrtEndpoints((x) => x * x * rho(x), -2, 2, 20) - 1)).toBeLessThan(2e-15);
  });

  it("inverse square-root ends: ∫ cos x/√(1 − x²) = π J₀(1), spectrally", () => {
    const f = (x: number): number => Math.cos(x) / Math.sqrt(1 - x * x);
    const exact = Math.PI * 0.7651976865579666; // J₀(1), A&S Table 9.1
    const e5 = Math.abs(integrateSqrtEndpoints(f, -1, 1, 5) - exact);
    const e10 = Math.abs(integrateSqrtEndpoints(f, -1, 1, 10) - exact);
    const e20 = Math.abs(integrateSqrtEndpoints(f, -1, 1, 20) - exact);
    expect(e5).toBeLessThan(1e-3);
    expect(e10).toBeLessThan(1e-8);
    expect(e10).toBeLessThan(e5 * 1e-4);
    expect(e20).toBeLessThan(2e-15);
  });

  it("MP density with λ = 1/2 has unit mass", () => {
    const lam = 0.5;
    const a = (1 - Math.sqrt(lam)) ** 2;
    const b = (1 + Math.sqrt(lam)) ** 2;
    const rho = (x: number): number => Math.sqrt((b - x) * (x - a)) / (2 * Math.PI * lam * x);
    expect(Math.abs(integrateSqrtEndpoints(rho, a, b, 40) - 1)).toBeLessThan(1e-14);
  });

  it("rejects bad input", () => {
    expect(() => integrateSqrtEndpoints(Math.exp, 0, 1, 0)).toThrow(RangeError);
    expect(() => integrateSqrtEndpoints(Math.exp, 0, Infinity, 5)).toThrow(RangeError);
    expect(() => integrateSqrtEndpoints(() => NaN, 0, 1, 5)).toThrow(RangeError);
  });
});

describe("rule caching", () => {
  it("returned arrays are copies: writing to them does not corrupt later calls", () => {
    const a = gaussLegendre(8);
    a.weights[0] = 1e9;
    expect(gaussLegendre(8).weights[0]).toBeLessThan(1);
    const h = gaussHermite(8);
    h.nodes[0] = 0;
    expect(gaussHermite(8).nodes[0]).toBeLessThan(-1);
  });
});
