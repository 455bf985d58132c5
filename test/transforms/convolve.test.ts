import { describe, expect, it } from "vitest";
import { complex } from "../../src/core/complex.js";
import { dirac, mp, scale, uniform } from "../../src/measures/index.js";
import { convolve, freeAdd, mpMap } from "../../src/transforms/index.js";
import { densityOnGrid, moments, numericalMoments, supportEdges, totalMass } from "../../src/spectrum/index.js";

describe("classical convolution", () => {
  it("uniform(0,1) * uniform(0,1) is the triangle law to 1e-8", () => {
    const law = convolve(uniform(0, 1), uniform(0, 1));
    const xs = Array.from({ length: 400 }, (_, i) => (2 * (i + 0.5)) / 400);
    const { density } = densityOnGrid(law, xs);
    xs.forEach((x, i) => expect(Math.abs(density[i] - (x < 1 ? x : 2 - x))).toBeLessThanOrEqual(1e-8));
    expect(supportEdges(law)).toEqual([[0, 2]]);
    expect(Math.abs(totalMass(law) - 1)).toBeLessThanOrEqual(1e-10);
    // s(z) in C⁺ against the closed form ∫ tri(x)/(x − z) dx = z log((1−z)/(−z)) + (2−z) log((2−z)/(1−z)).
    const z = complex(0.7, 0.3);
    const lg = (re: number, im: number) => ({ re: Math.log(Math.hypot(re, im)), im: Math.atan2(im, re) });
    const mulc = (a: { re: number; im: number }, b: { re: number; im: number }) => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });
    const l1 = lg(1 - z.re, -z.im);
    const l0 = lg(-z.re, -z.im);
    const l2 = lg(2 - z.re, -z.im);
    const t1 = mulc(z, { re: l1.re - l0.re, im: l1.im - l0.im });
    const t2 = mulc({ re: 2 - z.re, im: -z.im }, { re: l2.re - l1.re, im: l2.im - l1.im });
    const exact = { re: t1.re + t2.re, im: t1.im + t2.im };
    const s = law.stieltjes(z);
    expect(Math.hypot(s.re - exact.re, s.im - exact.im) / Math.hypot(exact.re, exact.im)).toBeLessThanOrEqual(1e-12);
  });

  it("a depth-3 composite mpMap(γ, freeAdd(scale(convolve(μ, μ), c), δ_s)) has mass 1 and its moments", () => {
    const mu = mp(0.5);
    const law = mpMap(0.7, freeAdd(scale(convolve(mu, mu), 0.5), dirac(0.3)));
    expect(Math.abs(totalMass(law) - 1)).toBeLessThanOrEqual(1e-9);
    const exact = moments(law, 3);
    const numeric = numericalMoments(law, 3);
    exact.forEach((m, i) => expect(Math.abs(numeric[i] - m) / m).toBeLessThanOrEqual(1e-9));
    // m₁ = E t = 0.5·2 + 0.3 and m₂ = (Et)² + γ Et² by the MP map.
    const Et = 1.3;
    const Et2 = 0.25 * (2 * 1.5 + 2) + 2 * 0.5 * 1 * 0.3 * 2 + 0.09;
    expect(exact[0]).toBeCloseTo(Et, 13);
    expect(exact[1]).toBeCloseTo(Et * Et + 0.7 * Et2, 12);
  });
});
