import { describe, expect, it } from "vitest";
import { stream, ntkHadamard } from "../../src/sim/index.js";
import { eigvalsh, gramOuter } from "../../src/linalg/index.js";
import { ntkCoefficients, ntkQuadratic, ntkQuadraticEdgeExcess, ntkQuadraticOutliers } from "../../src/laws/index.js";
import { rowMixtureLaw, rowNormNodes } from "../../src/laws/rowNormMixture.js";
import { atoms, uniform } from "../../src/measures/index.js";
import { freeMul, mpMap } from "../../src/transforms/index.js";
import { gaussianMoments, activation } from "../../src/activations/index.js";
import { bulkOf, distances, run, tabulate } from "./helpers.js";

const rel = (a: { re: number; im: number }, b: { re: number; im: number }) => Math.hypot(a.re - b.re, a.im - b.im) / Math.hypot(b.re, b.im);

describe("RowMixtureLaw: Gram matrices with row classes of covariance c1·S + c0·I", () => {
  it("pure row scaling (c0 = 0) equals law(c1) ⊠ mpMap(γ, S) (freeMul, an independent solver) to 1e-8", () => {
    const base = uniform(0.5, 1.5);
    const c1 = Float64Array.from([0.6, 0.9, 1.1, 1.7]);
    const gamma = 0.5;
    const law = rowMixtureLaw({ nOverN: gamma, base, rows: { weight: new Float64Array(4).fill(0.25), c1, c0: new Float64Array(4) } });
    const ref = freeMul(atoms(c1, [0.25, 0.25, 0.25, 0.25]), mpMap(gamma, base));
    for (const z of [{ re: 1, im: 1 }, { re: 0.4, im: 0.05 }, { re: 1.5, im: 0 }, { re: 3, im: 0 }, { re: 6, im: 0 }])
      expect(rel(law.stieltjes(z), ref.stieltjes(z))).toBeLessThan(1e-8);
  });

  it("two coefficients (c1, c0 both vary): matches a simulated Gram matrix with those row covariances (KS < 0.03)", () => {
    // Rows ψ_i = (c1_j S + c0_j I)^{1/2} g_i with S = diag(quantiles of uniform(0, 2)), N = 1500, n = 750.
    const N = 1500;
    const n = 750;
    const c1 = Float64Array.from([0.3, 1, 2]);
    const c0 = Float64Array.from([1, 0.5, 0.1]);
    const s = Float64Array.from({ length: N }, (_, k) => (2 * (k + 0.5)) / N);
    const rng = stream(41);
    const psi = new Float64Array(n * N);
    for (let i = 0; i < n; i++) {
      const j = i % 3;
      for (let k = 0; k < N; k++) psi[i * N + k] = Math.sqrt((c1[j] * s[k] + c0[j]) / N) * rng.normal();
    }
    const eig = eigvalsh(gramOuter(psi, n, N), n);
    const law = rowMixtureLaw({ nOverN: n / N, base: uniform(0, 2), rows: { weight: new Float64Array(3).fill(1 / 3), c1, c0 } });
    const { ks } = distances(eig, tabulate(law, 400));
    expect(ks).toBeLessThan(0.03);
  });

  it("s′ by implicit differentiation agrees with a central difference (1e-6), in C⁺ and outside the support", () => {
    const law = rowMixtureLaw({ nOverN: 0.5, base: uniform(0, 2), rows: { weight: new Float64Array(3).fill(1 / 3), c1: Float64Array.from([0.3, 1, 2]), c0: Float64Array.from([1, 0.5, 0.1]) } });
    for (const z of [{ re: 1, im: 0.3 }, { re: 2.5, im: 0.01 }, { re: 7.5, im: 0 }]) {
      const h = 1e-5;
      const a = law.stieltjes({ re: z.re + h, im: z.im });
      const b = law.stieltjes({ re: z.re - h, im: z.im });
      const fd = { re: (a.re - b.re) / (2 * h), im: (a.im - b.im) / (2 * h) };
      expect(rel(law.stieltjesDerivative(z), fd)).toBeLessThan(1e-6);
    }
  });

  it("atoms and bad input: atom 1 − 1/γ at 0 for γ > 1; clear errors naming the argument", () => {
    const rows = { weight: Float64Array.of(0.5, 0.5), c1: Float64Array.of(1, 2), c0: Float64Array.of(0, 0) };
    const law = rowMixtureLaw({ nOverN: 2, base: uniform(0.5, 1.5), rows });
    expect(law.atoms).toEqual([{ x: 0, mass: 0.5 }]);
    expect(() => rowMixtureLaw({ nOverN: 0, base: uniform(0, 1), rows })).toThrow(/nOverN/);
    expect(() => rowMixtureLaw({ nOverN: 1, base: uniform(-1, 1), rows })).toThrow(/base/);
    expect(() => rowMixtureLaw({ nOverN: 1, base: uniform(0, 1), rows: { ...rows, c1: Float64Array.of(1) } })).toThrow(/common/);
    expect(() => rowMixtureLaw({ nOverN: 1, base: uniform(0, 1), rows: { ...rows, weight: Float64Array.of(0.5, 0.6) } })).toThrow(/sum to 1/);
    expect(() => rowMixtureLaw({ nOverN: 1, base: uniform(0, 1), rows: { ...rows, c0: Float64Array.of(0, -1) } })).toThrow(/c0\[1\]/);
    expect(() => rowMixtureLaw({ nOverN: 1, base: uniform(0, 1), rows: { ...rows, c1: Float64Array.of(0, 0) } })).toThrow(/zero covariance/);
  });

  it("row-norm nodes are the χ²_d/d quantiles (mean 1, variance 2/d), Wilson–Hilferty above d = 500", () => {
    for (const d of [20, 400, 2000]) {
      const r = rowNormNodes(d, 2000);
      const mean = r.reduce((t, x) => t + x, 0) / r.length;
      const variance = r.reduce((t, x) => t + (x - mean) ** 2, 0) / r.length;
      expect(Math.abs(mean - 1)).toBeLessThan(1e-3);
      expect(Math.abs(variance / (2 / d) - 1)).toBeLessThan(0.02);
    }
  });
});

describe("ntkQuadratic at finite d (row-norm scale mixture)", () => {
  it("for α = 0 (tanh) it is law(r δ(r)/δ) ⊠ the limit law, r at the χ²_d/d quantiles", () => {
    const d = 20;
    const law = ntkQuadratic({ nOverDp: 0.625, pOverD: 2, activation: "tanh", d });
    const limit = ntkQuadratic({ nOverDp: 0.625, pOverD: 2, activation: "tanh" });
    const act = activation("tanh");
    const delta = ntkCoefficients("tanh").delta;
    const r = rowNormNodes(d, 500);
    const scale = Array.from(r, (ri) => (ri * gaussianMoments((x) => act.phi(Math.sqrt(ri) * x)).delta) / delta);
    const ref = freeMul(atoms(scale, new Array(500).fill(1 / 500)), limit);
    for (const z of [{ re: 0.2, im: 0.1 }, { re: 0.1, im: 0 }, { re: 0.3, im: 0 }])
      expect(rel(law.stieltjes(z), ref.stieltjes(z))).toBeLessThan(1e-8);
  });

  it("tends to the limit law as d grows (relative distance of s ≤ 4/d)", () => {
    for (const act of ["tanh", "gelu"]) {
      const limit = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: act });
      const law = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: act, d: 2000 });
      for (const x of [0.3, 0.6]) {
        const z = { re: x * limit.hull[1] * 0.3, im: 0.05 };
        expect(rel(law.stieltjes(z), limit.stieltjes(z))).toBeLessThan(4 / 2000);
      }
    }
  }, 20000);

  it("against simulation (tanh, sin at d = 20; n = 500): KS smaller than the limit law's, and the spill past the limit edge predicted", async () => {
    for (const act of ["tanh", "sin"]) {
      const d = 20;
      const p = 40;
      const n = 500;
      const limit = ntkQuadratic({ nOverDp: 0.625, pOverD: 2, activation: act });
      const law = ntkQuadratic({ nOverDp: 0.625, pOverD: 2, activation: act, d });
      const out = ntkQuadraticOutliers({ n, d, p, activation: act });
      const res = await run(ntkHadamard, { n, d, p, activation: act, a: "rademacher" }, 2, 120);
      const { bulk } = bulkOf(res, out.count);
      const ksLimit = distances(bulk, tabulate(limit)).ks;
      const ksFinite = distances(bulk, tabulate(law)).ks;
      // measured (scripts/research/finite_d_check.mts): tanh 0.124 → 0.081, sin 0.192 → 0.121
      expect(ksFinite).toBeLessThan(0.75 * ksLimit);
      const simulated = bulk.filter((x) => x > out.bulkEdge).length / 2;
      const excess = ntkQuadraticEdgeExcess({ n, d, p, activation: act });
      expect(excess.bulkEdge).toBe(out.bulkEdge);
      const predicted = excess.expected;
      expect(predicted).toBeGreaterThan(simulated / 2);
      expect(predicted).toBeLessThan(simulated * 2);
    }
  }, 60000);

  it("σ = x³ (row scale r³): bulk eigenvalues reach above the gap threshold, as many as the finite-d law predicts", async () => {
    const [n, d, p] = [800, 40, 40];
    const act = "custom(sigma: x^3)";
    const out = ntkQuadraticOutliers({ n, d, p, activation: act });
    const excess = ntkQuadraticEdgeExcess({ n, d, p, activation: act });
    const res = await run(ntkHadamard, { n, d, p, activation: act, a: "rademacher" }, 2, 2);
    // measured: 52 above the cut for count = 40 (seed 2, CLI), aboveCut = 12.4 predicted
    for (const t of res.trials) {
      const above = Array.from(t.eigenvalues).filter((x) => x > out.cut!).length;
      expect(Math.abs(above - out.count - excess.aboveCut!)).toBeLessThan(8);
    }
    expect(excess.aboveCut!).toBeGreaterThan(6);
  }, 30000);

  it("rejects what it does not cover, and bad d", () => {
    expect(() => ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "gelu", a: "gaussian", d: 20 })).toThrow(/finite-d correction needs/);
    expect(() => ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "tanh", d: 0 })).toThrow(/d/);
    expect(() => ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "tanh", d: 2.5 })).toThrow(/d/);
    expect(ntkQuadraticEdgeExcess({ n: 500, d: 20, p: 40, activation: "relu" }).expected).toBeLessThan(2);
  });
});
