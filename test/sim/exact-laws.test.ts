import { beforeAll, describe, expect, it } from "vitest";
import { initLinalg } from "../../src/linalg/index.js";
import { haarOrthogonal, simulate, stream } from "../../src/sim/index.js";

beforeAll(async () => {
  await initLinalg();
});

/**
 * Marchenko–Pastur cdf for ratio λ = n/N ≤ 1, σ² = 1: density √((b−x)(x−a))/(2πλx) on
 * [a, b] = [(1−√λ)², (1+√λ)²]; with x = c − r cos θ the integrand r² sin²θ/(2πλ x) is smooth,
 * integrated by Simpson's rule on 4000 panels (error far below the tolerances used).
 */
function mpCdf(lambda: number): (x: number) => number {
  const a = (1 - Math.sqrt(lambda)) ** 2;
  const b = (1 + Math.sqrt(lambda)) ** 2;
  const c = (a + b) / 2;
  const r = (b - a) / 2;
  return (x) => {
    if (x <= a) return 0;
    if (x >= b) return 1;
    const top = Math.acos((c - x) / r);
    const m = 4000;
    const h = top / m;
    let s = 0;
    for (let i = 0; i <= m; i++) {
      const t = i * h;
      const w = i === 0 || i === m ? 1 : i % 2 ? 4 : 2;
      s += (w * r * r * Math.sin(t) ** 2) / (2 * Math.PI * lambda * (c - r * Math.cos(t)));
    }
    return (s * h) / 3;
  };
}

/** KS distance between a sorted sample and a law with cdf (1 − w)·cdf + w·1{x ≥ 0} (an atom w at 0);
 * |x| ≤ 1e-9 counts as 0; ties are compared through the ECDF's left and right limits. */
function ks(sorted: Float64Array, cdf: (x: number) => number, atZero = 0): number {
  const m = sorted.length;
  const v = sorted.map((x) => (Math.abs(x) <= 1e-9 ? 0 : x));
  let d = 0;
  for (let i = 0; i < m; ) {
    let j = i;
    while (j + 1 < m && v[j + 1] === v[i]) j++;
    const x = v[i];
    const left = (1 - atZero) * cdf(x) + (x > 0 ? atZero : 0);
    const right = (1 - atZero) * cdf(x) + (x >= 0 ? atZero : 0);
    d = Math.max(d, Math.abs(left - i / m), Math.abs(right - (j + 1) / m));
    i = j + 1;
  }
  return d;
}

describe("exact cases", () => {
  // Finite-n KS distance to the limit law, measured at n = 400 with 4 trials (seeds 21–23):
  // 0.0033–0.0039 (γ = 1/2), 0.0032–0.0046 (γ = 2); against the wrong law MP(0.6): ≈ 0.05.
  // Threshold 4/n = 0.01.
  it("Wishart with identity population matches MP(1/2) (n = 400, N = 800, 4 trials)", async () => {
    const r = await simulate("wishart", { n: 400, N: 800 }, { trials: 4, seed: 21, backend: "wasm64" });
    expect(ks(r.eigenvalues, mpCdf(0.5))).toBeLessThan(4 / 400);
    // …and does not match MP(0.6): the check can fail
    expect(ks(r.eigenvalues, mpCdf(0.6))).toBeGreaterThan(0.02);
  });

  it("Wishart with n > N: atom 1 − 1/γ at 0 and MP bulk (n = 400, N = 200, Gram route)", async () => {
    const r = await simulate("wishart", { n: 400, N: 200 }, { trials: 4, seed: 22, backend: "wasm64" });
    expect(r.trials[0].route).toBe("gram");
    // companion-convention MP(2): nonzero part is 1/γ = ½ of the mass, distributed as λ·MP(1/λ)
    // with λ = 2, i.e. the eigenvalues of (1/N)ZᵀZ scaled by n/N: cdf(x) = MP(½)cdf(x/2).
    const bulk = mpCdf(0.5);
    expect(ks(r.eigenvalues, (x) => bulk(x / 2), 0.5)).toBeLessThan(4 / 400);
  });

  it("Wigner matches the semicircle of its variance", async () => {
    const v = 2;
    const r = await simulate("wigner", { n: 400, variance: v }, { trials: 4, seed: 23, backend: "wasm64" });
    const R = 2 * Math.sqrt(v);
    const semicircleCdf = (x: number): number => {
      if (x <= -R) return 0;
      if (x >= R) return 1;
      const t = x / R;
      return 0.5 + (t * Math.sqrt(1 - t * t) + Math.asin(t)) / Math.PI;
    };
    expect(ks(r.eigenvalues, semicircleCdf)).toBeLessThan(4 / 400);
  });
});

describe("haarOrthogonal", () => {
  it("is orthogonal to rounding", () => {
    const n = 50;
    const o = haarOrthogonal(n, stream(1));
    let err = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let k = 0; k < n; k++) s += o[i * n + k] * o[j * n + k];
        err = Math.max(err, Math.abs(s - (i === j ? 1 : 0)));
      }
    expect(err).toBeLessThan(50 * n * Number.EPSILON);
  });

  it("blocked (compact-WY) and unblocked Householder paths give the same matrix to rounding", () => {
    const n = 150;
    const blocked = haarOrthogonal(n, stream(4), 16); // n ≥ 8·16: blocked
    const unblocked = haarOrthogonal(n, stream(4), 1000); // unblocked
    let d = 0;
    for (let i = 0; i < n * n; i++) d = Math.max(d, Math.abs(blocked[i] - unblocked[i]));
    expect(d).toBeLessThan(100 * n * Number.EPSILON);
    expect(d).toBeGreaterThan(0); // really two different computations
  });

  it("has Haar moments: E tr O = 0, E (tr O)² = 1", () => {
    const n = 12;
    const m = 1500;
    let s1 = 0;
    let s2 = 0;
    for (let t = 0; t < m; t++) {
      const o = haarOrthogonal(n, stream(77, t));
      let tr = 0;
      for (let i = 0; i < n; i++) tr += o[i * n + i];
      s1 += tr;
      s2 += tr * tr;
    }
    // For Haar O(n), n ≥ 2: E tr O = 0, E (tr O)² = 1, E (tr O)⁴ = 3 (Diaconis–Shahshahani).
    expect(Math.abs(s1 / m)).toBeLessThan(5 / Math.sqrt(m));
    expect(Math.abs(s2 / m - 1)).toBeLessThan(5 * Math.sqrt(2 / m));
  });
});
