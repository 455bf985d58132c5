import { describe, expect, it } from "vitest";
import { activation, phiMoments } from "../../src/activations/index.js";

describe("custom activations from mathjs expressions", () => {
  it("σ given: φ by symbolic differentiation, with kernel sources", () => {
    const a = activation({ sigma: "x^3 - 2*sin(x)" });
    expect(a.name).toBe("custom(sigma: x^3 - 2*sin(x))");
    for (const x of [-1.5, 0.2, 2]) {
      expect(a.sigma(x)).toBeCloseTo(x ** 3 - 2 * Math.sin(x), 14);
      expect(a.phi(x)).toBeCloseTo(3 * x * x - 2 * Math.cos(x), 13);
    }
    expect(a.phiSource).toBeDefined();
    const p = new Function("x", `return ${a.phiSource};`) as (x: number) => number;
    expect(p(-0.7)).toBeCloseTo(a.phi(-0.7), 14);
  });

  it("σ = tanh(x) symbolically reproduces the built-in moments", () => {
    const a = activation({ sigma: "tanh(x)" });
    const b = activation("tanh");
    const ma = phiMoments(a);
    const mb = phiMoments(b);
    expect(Math.abs(ma.m0 - mb.m0)).toBeLessThan(1e-14);
    expect(Math.abs(ma.beta2 - mb.beta2)).toBeLessThan(1e-14);
  });

  it("φ given directly: σ(x) = ∫₀ˣ φ; string form round-trips", () => {
    const a = activation({ phi: "3*x^2" });
    expect(a.name).toBe("custom(phi: 3*x^2)");
    expect(a.sigma(2)).toBeCloseTo(8, 12);
    expect(a.sigma(-1)).toBeCloseTo(-1, 12);
    expect(a.sigmaSource).toBeUndefined();
    const b = activation(a.name);
    expect(b.phi(1.5)).toBe(a.phi(1.5));
    const m = phiMoments(a);
    expect(Math.abs(m.m0 - 3)).toBeLessThan(1e-12);
    expect(Math.abs(m.beta2 - 27)).toBeLessThan(1e-11);
  });

  it("a step φ with its breakpoint gives relu's moments", () => {
    const a = activation({ phi: "x > 0 ? 1 : 0", breakpoints: [0] });
    expect(a.phiSource).toBe("((x > 0.0) ? 1.0 : 0.0)");
    const m = phiMoments(a);
    expect(Math.abs(m.m0 - 0.5)).toBeLessThan(1e-13);
    expect(Math.abs(m.alpha - 1 / Math.sqrt(2 * Math.PI))).toBeLessThan(1e-13);
  });

  it("both σ and φ: accepted when consistent, rejected otherwise", () => {
    const a = activation("custom(sigma: x^3; phi: 3*x^2)");
    expect(a.phi(2)).toBe(12);
    expect(() => activation({ sigma: "x^3", phi: "2*x" })).toThrow(/not the derivative/);
  });

  it("erf inside an expression evaluates (limspec's erf) but has no kernel source", () => {
    const a = activation({ phi: "erf(x) + 1" });
    expect(a.phi(0.5)).toBeCloseTo(1.5204998778130465, 15);
    expect(a.phiSource).toBeUndefined();
  });

  it("functions mathjs knows but Math does not still evaluate through mathjs", () => {
    const a = activation({ phi: "gamma(x + 3)" });
    expect(a.phi(1)).toBeCloseTo(6, 12);
    expect(a.phiSource).toBeUndefined();
  });

  it("errors: not differentiable, other variables, unknown functions, syntax, empty", () => {
    expect(() => activation({ sigma: "max(x, 0)" })).toThrow(/cannot differentiate.*give phi/);
    expect(() => activation({ sigma: "x > 0 ? x : 0" })).toThrow(/cannot differentiate/);
    expect(() => activation({ sigma: "x * y" })).toThrow(/variable "y"/);
    expect(() => activation({ phi: "a + x" })).toThrow(/variable "a"/);
    expect(() => activation({ phi: "foo(x)" })).toThrow(/unknown function foo/);
    expect(() => activation({ phi: "x +* 2" })).toThrow(/does not parse/);
    expect(() => activation({ phi: "y = x" })).toThrow(RangeError);
    expect(() => activation({ phi: "[x, 1]" })).toThrow(RangeError);
    expect(() => activation({ phi: "" })).toThrow(RangeError);
    expect(() => activation({})).toThrow(/needs sigma/);
    expect(() => activation({ sigma: "x", gamma: 2 } as never)).toThrow(/unknown key "gamma"/);
    expect(() => activation("custom(psi: x)")).toThrow(RangeError);
  });

  it("a non-real value at evaluation time is an error, not a NaN", () => {
    const a = activation({ phi: "x^(1/3)" });
    expect(a.phi(8)).toBeCloseTo(2, 14);
    expect(() => a.phi(-8)).toThrow(/x\^\(1\/3\).*x = -8/);
    const b = activation({ phi: "asec(x)" }); // evaluated by mathjs, complex for |x| < 1
    expect(b.phi(2)).toBeCloseTo(Math.acos(0.5), 14);
    expect(() => b.phi(0.5)).toThrow(/not real at x = 0.5/);
  });
});
