import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { activation, gaussianMoments, phiMoments, sigmaMoments } from "../../src/activations/index.js";
import type { GaussianMoments } from "../../src/activations/index.js";

interface RefMoments {
  m0: string;
  alpha: string;
  beta2: string;
  hermite: string[];
}
const fixture = JSON.parse(readFileSync(new URL("../fixtures/activations/gaussian_moments.json", import.meta.url), "utf8")) as {
  activations: Record<string, { sigma: RefMoments; phi: RefMoments }>;
};

const TOL = 1e-12;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

function expectMoments(m: GaussianMoments, want: { m0: number; alpha: number; beta2: number; hermite?: number[] }, tol = TOL): void {
  expect(Math.abs(m.m0 - want.m0)).toBeLessThanOrEqual(tol);
  expect(Math.abs(m.alpha - want.alpha)).toBeLessThanOrEqual(tol);
  expect(Math.abs(m.beta2 - want.beta2)).toBeLessThanOrEqual(tol);
  expect(Math.abs(m.variance - (want.beta2 - want.m0 ** 2))).toBeLessThanOrEqual(3 * tol);
  expect(Math.abs(m.delta - (want.beta2 - want.m0 ** 2 - want.alpha ** 2))).toBeLessThanOrEqual(4 * tol);
  want.hermite?.forEach((h, k) => expect(Math.abs(m.hermite[k] - h)).toBeLessThanOrEqual(tol));
}

describe("Gaussian moments: closed forms to 1e-12", () => {
  it("relu: φ = step, m0 = 1/2, alpha = 1/√(2π), beta2 = 1/2; σ moments", () => {
    const relu = activation("relu");
    expectMoments(phiMoments(relu), { m0: 0.5, alpha: INV_SQRT_2PI, beta2: 0.5 });
    expectMoments(sigmaMoments(relu), { m0: INV_SQRT_2PI, alpha: 0.5, beta2: 0.5 });
    // Hermite coefficients of the step: h_k = E 1{z>0} He_k(z)/√k! = He_{k−1}(0) pdf(0)/√k! for k ≥ 1
    const m = phiMoments(relu, 7);
    const he = [1, 0, -1, 0, 3, 0, -15]; // He_j(0)
    let fact = 1;
    for (let k = 1; k <= 7; k++) {
      fact *= k;
      expect(Math.abs(m.hermite[k] - (he[k - 1] * INV_SQRT_2PI) / Math.sqrt(fact))).toBeLessThanOrEqual(TOL);
    }
  });

  it("leakyRelu(s): m0 = (1+s)/2, alpha = (1−s)/√(2π), beta2 = (1+s²)/2", () => {
    for (const s of [0.01, 0.2, -0.5]) {
      expectMoments(phiMoments(activation(`leakyRelu(${s})`)), { m0: (1 + s) / 2, alpha: (1 - s) * INV_SQRT_2PI, beta2: (1 + s * s) / 2 });
    }
  });

  it("linear and quadratic", () => {
    expectMoments(phiMoments(activation("linear")), { m0: 1, alpha: 0, beta2: 1, hermite: [1, 0, 0, 0, 0, 0, 0] });
    expectMoments(phiMoments(activation("quadratic")), { m0: 0, alpha: 2, beta2: 4, hermite: [0, 2, 0, 0, 0, 0, 0] });
    expectMoments(sigmaMoments(activation("quadratic")), { m0: 1, alpha: 0, beta2: 3, hermite: [1, 0, Math.SQRT2, 0, 0, 0, 0] });
  });

  it("abs: φ = sign, alpha = E|z| = √(2/π), beta2 = 1", () => {
    expectMoments(phiMoments(activation("abs")), { m0: 0, alpha: Math.sqrt(2 / Math.PI), beta2: 1 });
  });

  it("sin and cos: E cos z = e^{−1/2}, E cos² z = (1 + e^{−2})/2, E z sin z = e^{−1/2}", () => {
    const e = Math.exp(-0.5);
    expectMoments(phiMoments(activation("sin")), { m0: e, alpha: 0, beta2: (1 + Math.exp(-2)) / 2 });
    expectMoments(phiMoments(activation("cos")), { m0: 0, alpha: -e, beta2: (1 - Math.exp(-2)) / 2 });
  });

  it("erf: E erf′ = (2/√π)/√3, E erf′² = (4/π)/√5, E erf² = (2/π) asin(2/3), E z erf = (2/√π)/√3", () => {
    const act = activation("erf");
    const c = 2 / Math.sqrt(Math.PI);
    // h_2 of φ = c (E z² e^{−z²} − E e^{−z²})/√2 = c (3^{−3/2} − 3^{−1/2})/√2
    expectMoments(phiMoments(act), { m0: c / Math.sqrt(3), alpha: 0, beta2: 4 / Math.PI / Math.sqrt(5) });
    expect(Math.abs(phiMoments(act).hermite[2] - (c * (3 ** -1.5 - 3 ** -0.5)) / Math.SQRT2)).toBeLessThanOrEqual(TOL);
    expectMoments(sigmaMoments(act), { m0: 0, alpha: c / Math.sqrt(3), beta2: (2 / Math.PI) * Math.asin(2 / 3) });
  });

  it("hermite(k): σ = h_k is orthonormal (hermite[j] = δ_jk), φ = √k h_{k−1}", () => {
    for (const k of [0, 1, 2, 3, 5, 8]) {
      const act = activation(`hermite(${k})`);
      const s = sigmaMoments(act, 10);
      for (let j = 0; j <= 10; j++) expect(Math.abs(s.hermite[j] - (j === k ? 1 : 0))).toBeLessThanOrEqual(TOL);
      expect(Math.abs(s.beta2 - 1)).toBeLessThanOrEqual(TOL);
      const p = phiMoments(act, 10);
      for (let j = 0; j <= 10; j++) expect(Math.abs(p.hermite[j] - (k > 0 && j === k - 1 ? Math.sqrt(k) : 0))).toBeLessThanOrEqual(TOL * Math.max(1, k));
    }
  });

  it("a step at 0.7 with its breakpoint: E 1{z > 0.7} = Φ(−0.7) to 1e-14", () => {
    const m = gaussianMoments((x) => (x > 0.7 ? 1 : 0), { breakpoints: [0.7] });
    expect(Math.abs(m.m0 - 0.24196365222307303)).toBeLessThan(1e-14);
    expect(Math.abs(m.alpha - Math.exp(-0.245) * INV_SQRT_2PI)).toBeLessThan(1e-14);
  });
});

describe("Gaussian moments against mpmath (test/fixtures/activations/gaussian_moments.py)", () => {
  const names = Object.keys(fixture.activations);
  it.each(names)("%s: σ and φ moments and Hermite coefficients 0..6 to 1e-14 (contract: 1e-12)", (name) => {
    const act = activation(name);
    for (const which of ["sigma", "phi"] as const) {
      const ref = fixture.activations[name][which];
      const m = which === "phi" ? phiMoments(act, 6) : sigmaMoments(act, 6);
      expectMoments(m, { m0: Number(ref.m0), alpha: Number(ref.alpha), beta2: Number(ref.beta2), hermite: ref.hermite.map(Number) }, 1e-14);
    }
  });

  it("covers at least tanh, sigmoid, gelu, silu, softplus", () => {
    for (const n of ["tanh", "sigmoid", "gelu", "silu", "softplus"]) expect(names).toContain(n);
  });
});

describe("moment properties", () => {
  it("Bessel's inequality: Σ_k hermite[k]² ≤ beta2, and close to it for a smooth φ at high order", () => {
    const m = phiMoments(activation("tanh"), 40);
    const s = m.hermite.reduce((acc, h) => acc + h * h, 0);
    expect(s).toBeLessThanOrEqual(m.beta2 + 1e-14);
    expect(m.beta2 - s).toBeLessThan(1e-6);
  });

  it("results are cached per activation but returned as fresh objects", () => {
    const act = activation("gelu");
    const a = phiMoments(act);
    a.hermite[0] = 99;
    expect(phiMoments(act).hermite[0]).not.toBe(99);
  });

  it("errors: non-finite function values, bad orders, non-activations", () => {
    expect(() => gaussianMoments((x) => Math.exp(x * x))).toThrow(RangeError);
    expect(() => gaussianMoments((x) => (x === 0 ? NaN : x))).not.toThrow(); // 0 is always a breakpoint, never a node
    expect(() => gaussianMoments(Math.sin, { hermiteOrder: 0 })).toThrow(/hermiteOrder/);
    expect(() => gaussianMoments(Math.sin, { hermiteOrder: 2.5 })).toThrow(RangeError);
    expect(() => phiMoments({} as never)).toThrow(TypeError);
  });
});
