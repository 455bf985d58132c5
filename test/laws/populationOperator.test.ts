import { describe, expect, it } from "vitest";
import { stream } from "../../src/sim/index.js";
import { eigvalsh } from "../../src/linalg/index.js";
import { populationOperatorEigenvalues, populationOperatorMatrix, pairSumLaw, populationDeterministicEquivalent } from "../../src/laws/index.js";
import { atoms, dirac } from "../../src/measures/index.js";
import { distances, tabulate } from "./helpers.js";

function gaussian(d: number, p: number, seed: number): Float64Array {
  return stream(seed, 0, 0).fillNormal(new Float64Array(d * p));
}

describe("population operator Q", () => {
  it("is symmetric and its trace is d·tr B + (c/d)‖V‖²_F", () => {
    const d = 5, p = 7, c = 0.3, delta = 0.7;
    const w = gaussian(d, p, 1);
    const a2 = Float64Array.from({ length: p }, (_, l) => 0.2 + l * 0.3);
    const q = populationOperatorMatrix({ d, p, w, a2, c, delta });
    const n = d * p;
    let asym = 0, trace = 0, max = 0;
    for (let i = 0; i < n; i++) {
      trace += q[i * n + i];
      for (let j = 0; j < n; j++) {
        asym = Math.max(asym, Math.abs(q[i * n + j] - q[j * n + i]));
        max = Math.max(max, Math.abs(q[i * n + j]));
      }
    }
    expect(asym).toBeLessThanOrEqual(4 * Number.EPSILON * max);
    let v2 = 0, trB = 0;
    for (let k = 0; k < d; k++) for (let l = 0; l < p; l++) v2 += w[k * p + l] ** 2 * a2[l];
    for (let l = 0; l < p; l++) {
      let wl = 0;
      for (let k = 0; k < d; k++) wl += w[k * p + l] ** 2;
      trB += (c * a2[l] * wl) / d + delta * a2[l];
    }
    expect(Math.abs(trace - (d * trB + (c / d) * v2)) / trace).toBeLessThan(1e-12);
  });

  it("with D = I its eigenvalues are c(λ_i + λ_k) + δ (i ≤ k) and δ, λ = spec(WWᵀ/d) (Lyapunov structure)", () => {
    for (const [d, p] of [[6, 4], [4, 6], [5, 5]]) {
      const c = 0.8, delta = 0.25;
      const w = gaussian(d, p, d * 10 + p);
      const q = populationOperatorEigenvalues({ d, p, w, a2: new Float64Array(p).fill(1), c, delta });
      const g = new Float64Array(d * d);
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
        let t = 0;
        for (let l = 0; l < p; l++) t += w[i * p + l] * w[j * p + l];
        g[i * d + j] = t / d;
      }
      const lam = eigvalsh(g, d);
      const expected: number[] = [];
      for (let i = 0; i < d; i++) for (let k = i; k < d; k++) expected.push(c * (lam[i] + lam[k]) + delta);
      while (expected.length < d * p) expected.push(delta);
      expected.splice(d * p);
      // when d(d+1)/2 > dp the extra pairs are those with λ_i = λ_k = 0 (value δ): drop δ's first.
      const sortedExp = expected.sort((x, y) => x - y);
      const got = Array.from(q).sort((x, y) => x - y);
      const scale = got[got.length - 1];
      for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - sortedExp[i])).toBeLessThan(1e-10 * scale);
    }
  });

  it("pairSumLaw χ matches the eigenvalues of Q (c = 1, δ = 0, D = I) at d = p = 30 and d = 20, p = 40", () => {
    for (const [d, p] of [[30, 30], [20, 40]]) {
      const e = populationOperatorEigenvalues({ d, p, w: gaussian(d, p, 5), a2: new Float64Array(p).fill(1), c: 1, delta: 0 });
      const { ks } = distances(e, tabulate(pairSumLaw(p / d, dirac(1)), 300));
      expect(ks).toBeLessThan(0.05);
    }
  });

  it("deterministic equivalent: s(z) at a fixed z moves by less between sizes 576 and 1024 than between 144 and 576", () => {
    const nu = atoms([0.5, 1.5], [0.5, 0.5]);
    const z = { re: 0.3, im: 0.1 };
    const s = [144, 576, 1024].map((size) => populationDeterministicEquivalent(1, 0.16, 0.09, nu, { size }).stieltjes(z));
    const d1 = Math.hypot(s[1].re - s[0].re, s[1].im - s[0].im);
    const d2 = Math.hypot(s[2].re - s[1].re, s[2].im - s[1].im);
    expect(d2).toBeLessThan(d1);
    expect(d2 / Math.hypot(s[2].re, s[2].im)).toBeLessThan(0.05);
  }, 20000);
});
