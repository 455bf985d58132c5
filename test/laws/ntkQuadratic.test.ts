import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { atoms, chiSquare } from "../../src/measures/index.js";
import { ntkHadamard } from "../../src/sim/index.js";
import { ntkCoefficients, ntkQuadratic, ntkQuadraticOutliers, ntkQuadraticPopulation } from "../../src/laws/index.js";
import { bulkOf, countAbove, distances, run, sizeThreshold, tabulate, upperEdge } from "./helpers.js";

const twoPoint = atoms([0.5, 1.5], [0.5, 0.5]);
/** a_l = ±√q_l with q_l the χ²₁ quantiles at (l + ½)/p: the law of a² is χ²₁ without sampling noise. */
const gaussianQuantileA = (p: number) => {
  const chi = chiSquare(1);
  return Array.from({ length: p }, (_, l) => (l % 2 === 0 ? 1 : -1) * Math.sqrt(chi.quantile!((l + 0.5) / p)));
};
const twoPointA = (p: number) => Array.from({ length: p }, (_, l) => (l % 2 === 0 ? Math.sqrt(0.5) : -Math.sqrt(1.5)));

/**
 * Theory vs simulation for one configuration: removes the predicted outliers, checks KS and L1
 * below c/√p, that exactly the predicted number of eigenvalues lies above the gap threshold `cut`
 * (± countSlack), and that the bulk's spill past the limit edge is within c/√d.
 */
async function check(
  activation: string | { phi: string },
  g1: number,
  g2: number,
  d: number,
  a: "rademacher" | "gaussian" | "gaussian-quantiles" | "two-point",
  cKs: number,
  cL1: number,
  seed: number,
  countSlack = 0,
  spillC = 0.05,
) {
  const p = Math.round(g2 * d);
  const n = Math.round(g1 * d * p);
  const aLaw = a === "two-point" ? twoPoint : a === "gaussian-quantiles" ? "gaussian" : a;
  const law = ntkQuadratic({ nOverDp: g1, pOverD: g2, activation, a: aLaw, deterministicEquivalent: { size: 576 } });
  const out = ntkQuadraticOutliers({ n, d, p, activation, a: aLaw, deterministicEquivalent: { size: 576 } });
  const aSim = a === "two-point" ? twoPointA(p) : a === "gaussian-quantiles" ? gaussianQuantileA(p) : a;
  const res = await run(ntkHadamard, { n, d, p, activation, a: aSim }, 2, seed);
  const tab = tabulate(law);
  const edge = upperEdge(tab, law.hull);
  const { bulk } = bulkOf(res, out.count);
  const { ks, l1 } = distances(bulk, tab);
  expect(ks).toBeLessThan(sizeThreshold(Math.min(d, p), cKs));
  expect(l1).toBeLessThan(sizeThreshold(Math.min(d, p), cL1));
  if (out.cut !== null) {
    for (const c of countAbove(res, out.cut, 0)) expect(Math.abs(c - out.count)).toBeLessThanOrEqual(countSlack);
  } else if (out.count > 0) {
    // The minibulk reaches into the bulk (small p): its share above 1.1·edge (its law's cdf), plus
    // the vec(V) one, lies above that cut (± countSlack + 3 for edge fluctuations).
    const minibulkAbove = out.law && out.law.cdf ? out.minibulk * (1 - out.law.cdf(edge * 1.1)) : out.minibulk;
    const expected = out.count - out.minibulk + minibulkAbove;
    for (const c of countAbove(res, edge, 0.1)) {
      expect(c).toBeGreaterThanOrEqual(Math.floor(expected) - countSlack - 3);
      expect(c).toBeLessThanOrEqual(out.count + countSlack + 3);
    }
  }
  // The bulk beyond the limit edge: a d^{-1/2} finite-size spill, c ≈ 0.1–0.3 for α = 0 (erf), ≈ 0 else.
  const spill = bulk.filter((x) => x > edge).length / bulk.length;
  expect(spill).toBeLessThan(sizeThreshold(d, spillC));
  return { ks, l1, out };
}

describe("ntkQuadratic against simulation (fixed seeds)", () => {
  it("relu, Rademacher a, γ₁ = 0.5, γ₂ = 1: bulk and the d + 1 outliers", async () => {
    const { out } = await check("relu", 0.5, 1, 20, "rademacher", 0.3, 0.9, 11);
    expect(out.minibulk).toBe(20);
    expect(out.count).toBe(21);
  }, 20000);

  it("gelu, Rademacher a, γ₁ = 0.5, γ₂ = 0.5", async () => {
    await check("gelu", 0.5, 0.5, 24, "rademacher", 0.3, 0.9, 12);
  }, 20000);

  it("relu, two-point a² (deterministic equivalent of Q), γ₁ = 0.5, γ₂ = 1", async () => {
    await check("relu", 0.5, 1, 20, "two-point", 0.3, 0.9, 13);
  }, 20000);

  it("relu, a² = χ²₁ quantiles (deterministic equivalent of Q), γ₁ = 0.5, γ₂ = 1", async () => {
    // the minibulk model is first order in 1/p; with heavy-tailed a² the count above the cut is off by up to ~5 here
    await check("relu", 0.5, 1, 20, "gaussian-quantiles", 0.4, 2, 15, 6);
  }, 20000);

  it("erf, a² = χ²₁ quantiles (α = 0: population δ·χ²₁), γ₁ = 0.5, γ₂ = 1", async () => {
    await check("erf", 0.5, 1, 20, "gaussian-quantiles", 0.6, 2, 16, 0, 0.6);
  }, 20000);

  it("relu, Gaussian a drawn at random (the empirical law of p = 24 draws of a² adds O(1/√p))", async () => {
    // |a|² = Σ a_l² itself fluctuates by O(√p), moving the minibulk: a wider count slack.
    await check("relu", 0.5, 1, 24, "gaussian", 0.8, 2.4, 17, 8);
  }, 20000);

  it("erf (α = 0: population δ·ν), Rademacher a, γ₁ = 1", async () => {
    await check("erf", 1, 1, 20, "rademacher", 0.6, 2, 14, 0, 0.6);
  }, 20000);

  it("φ given directly as a mathjs expression: φ = tanh(x) (σ = log cosh; m0 = 0), γ₁ = 0.5, γ₂ = 1", async () => {
    // δ = 0.027: half the population sits at δ, a sharp peak that histogram-L1 resolves poorly
    await check({ phi: "tanh(x)" }, 0.5, 1, 20, "rademacher", 0.4, 2, 18);
  }, 20000);

  it("a custom φ equal to a registry σ′ gives the same law (φ = logistic = softplus′)", () => {
    const z = { re: 0.05, im: 0.01 };
    const a = ntkQuadratic({ nOverDp: 0.5, pOverD: 2, activation: { phi: "1/(1+exp(-x))" } }).stieltjes(z);
    const b = ntkQuadratic({ nOverDp: 0.5, pOverD: 2, activation: "softplus" }).stieltjes(z);
    expect(Math.hypot(a.re - b.re, a.im - b.im) / Math.hypot(b.re, b.im)).toBeLessThan(1e-8);
  });

  it("α = 0 (tanh, sin): exactly d eigenvalues above the cut; the bulk's spill past the limit edge shrinks like d^{-1/2}", async () => {
    // γ₁ = 0.625, γ₂ = 2 at d = 20 and 40 (n = 500, 2000). Measured (scripts/research/outlier_gap.mts):
    // spill·√d ≈ 0.11 (tanh) and 0.28 (sin) at both sizes.
    for (const activation of ["tanh", "sin"]) {
      const spill: number[] = [];
      for (const d of [20, 40]) {
        const p = 2 * d;
        const n = Math.round(0.625 * d * p);
        const out = ntkQuadraticOutliers({ n, d, p, activation });
        expect(out.count).toBe(d);
        expect(out.cut).not.toBeNull();
        const res = await run(ntkHadamard, { n, d, p, activation, a: "rademacher" }, 2, 31 + d);
        for (const c of countAbove(res, out.cut!, 0)) expect(c).toBe(d);
        const { bulk } = bulkOf(res, out.count);
        const s = bulk.filter((x) => x > out.bulkEdge).length / bulk.length;
        expect(s * Math.sqrt(d)).toBeLessThan(0.6);
        spill.push(s);
      }
      expect(spill[1]).toBeLessThan(spill[0]);
    }
  }, 30000);

  it("the outlier group sits where predicted (relu, centre within 10 %)", async () => {
    const n = 200, d = 20, p = 20;
    const out = ntkQuadraticOutliers({ n, d, p, activation: "relu", a: "rademacher" });
    const res = await run(ntkHadamard, { n, d, p, activation: "relu", a: "rademacher" }, 2, 21);
    for (const t of res.trials) {
      const e = Array.from(t.eigenvalues).sort((x, y) => x - y);
      const group = e.slice(e.length - out.count, e.length - 1); // the d of the minibulk (the top one is vec(V))
      const mean = group.reduce((s, x) => s + x, 0) / group.length;
      expect(Math.abs(mean - out.center) / out.center).toBeLessThan(0.1);
      expect(out.interval![0]).toBeLessThan(group[0] * 1.2);
      expect(out.interval![1]).toBeGreaterThan(group[group.length - 1] * 0.8);
    }
  }, 20000);
});

describe("ntkQuadratic: properties", () => {
  it("population mean is (β² − m0²)·E a² and the bulk law has unit mass (Rademacher, several activations)", () => {
    for (const activation of ["relu", "tanh", "gelu", "softplus"]) {
      const pop = ntkQuadraticPopulation({ pOverD: 0.5, activation });
      const R = 1e4;
      const mean = R * R * pop.stieltjes({ re: 0, im: R }).re;
      const law = ntkQuadratic({ nOverDp: 0.5, pOverD: 0.5, activation });
      const tab = tabulate(law, 400);
      expect(Math.abs(tab.tabulatedMass - 1)).toBeLessThan(5e-3);
      const co = ntkCoefficients(activation);
      // E t = α² E χ + δ = α² + δ = β² − m0² (E χ = E a² = 1).
      expect(Math.abs(mean - (co.beta2 - co.m0 * co.m0)) / (co.beta2 - co.m0 * co.m0)).toBeLessThan(1e-6);
    }
  });

  it("bad input throws RangeError/TypeError naming the argument", () => {
    expect(() => ntkQuadratic({ nOverDp: -1, pOverD: 1, activation: "relu" })).toThrow(/nOverDp/);
    expect(() => ntkQuadratic({ nOverDp: 1, pOverD: 0, activation: "relu" })).toThrow(/pOverD/);
    expect(() => ntkQuadratic({ nOverDp: 1, pOverD: 1, activation: "nope" })).toThrow();
    expect(() => ntkQuadratic({ nOverDp: 1, pOverD: 1, activation: "relu", a: "uniform" as never })).toThrow(/a must be/);
    expect(() => ntkQuadratic({ nOverDp: 1, pOverD: 1, activation: "relu", a: [] })).toThrow(RangeError);
    expect(() => ntkQuadratic({ nOverDp: 1, pOverD: 1, activation: "relu", a: [1, Number.NaN] })).toThrow(/a\[1\]/);
  });

  it("weights given as an array enter through the empirical law of a² (±1 weights = Rademacher)", () => {
    const z = { re: 0.4, im: 0.05 };
    const fromArray = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "gelu", a: [1, -1, -1, 1] }).stieltjes(z);
    const rademacher = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "gelu", a: "rademacher" }).stieltjes(z);
    expect(Math.hypot(fromArray.re - rademacher.re, fromArray.im - rademacher.im)).toBeLessThan(1e-12);
  });

  it("fast-check: random (activation, γ₁, γ₂) at small size match simulation with a size-aware tolerance", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("relu", "gelu", "silu", "softplus", "tanh"),
        fc.constantFrom(0.25, 0.5, 1, 2),
        fc.constantFrom(0.5, 1, 2),
        fc.integer({ min: 1, max: 1000 }),
        async (activation, g1, g2, seed) => {
          const d = g2 >= 1 ? 12 : 16;
          const p = Math.round(g2 * d);
          const n = Math.max(8, Math.round(g1 * d * p));
          const law = ntkQuadratic({ nOverDp: n / (d * p), pOverD: g2, activation });
          const out = ntkQuadraticOutliers({ n, d, p, activation, a: "rademacher" });
          const res = await run(ntkHadamard, { n, d, p, activation, a: "rademacher" }, 1, seed);
          const tab = tabulate(law, 200);
          const { bulk } = bulkOf(res, out.count);
          const { ks } = distances(bulk, tab);
          expect(ks).toBeLessThan(sizeThreshold(Math.min(d, p), 0.9));
        },
      ),
      { numRuns: 4, seed: 4242 },
    );
  }, 60000);
});
