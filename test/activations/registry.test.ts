import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { activation, activationNames } from "../../src/activations/index.js";
import type { Activation } from "../../src/activations/index.js";

const BUILTIN_SPECS = [
  "linear",
  "relu",
  "leakyRelu(0.1)",
  "tanh",
  "sigmoid",
  "erf",
  "gelu",
  "silu",
  "softplus",
  "sin",
  "cos",
  "abs",
  "quadratic",
  "hermite(0)",
  "hermite(1)",
  "hermite(4)",
  "hermite(7)",
];

/** Fourth-order central difference of σ at x. */
function derivative(f: (x: number) => number, x: number, h: number): number {
  return (8 * (f(x + h) - f(x - h)) - (f(x + 2 * h) - f(x - 2 * h))) / (12 * h);
}

const evalSource = (src: string): ((x: number) => number) => new Function("x", `"use strict"; return ${src};`) as (x: number) => number;

describe("registry", () => {
  it("lists the issue's names", () => {
    expect(activationNames().sort()).toEqual(
      ["linear", "relu", "leakyRelu", "tanh", "sigmoid", "erf", "gelu", "silu", "softplus", "sin", "cos", "abs", "quadratic", "hermite"].sort(),
    );
  });

  it("names round-trip through activation(name)", () => {
    for (const spec of BUILTIN_SPECS) {
      const a = activation(spec);
      expect(a.name).toBe(spec);
      expect(activation(a.name).phi(0.37)).toBe(a.phi(0.37));
    }
    expect(activation("leakyRelu").name).toBe("leakyRelu(0.01)");
    expect(activation("  relu ").name).toBe("relu");
    expect(activation("ReLU").name).toBe("relu");
    expect(activation("LeakyReLU(0.2)").name).toBe("leakyRelu(0.2)");
  });

  it("closed-form values", () => {
    expect(activation("relu").sigma(-2)).toBe(0);
    expect(activation("relu").phi(3)).toBe(1);
    expect(activation("leakyRelu(0.2)").phi(-1)).toBe(0.2);
    expect(activation("leakyRelu(0.2)").sigma(-1)).toBe(-0.2);
    expect(activation("gelu").sigma(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(activation("softplus").sigma(800)).toBe(800);
    expect(activation("softplus").sigma(-800)).toBe(0);
    expect(activation("softplus").sigma(0)).toBe(Math.LN2);
    expect(activation("sigmoid").sigma(-800)).toBe(0);
    expect(activation("tanh").phi(400)).toBe(0);
    expect(activation("hermite(3)").sigma(2)).toBeCloseTo((8 - 6) / Math.sqrt(6), 14); // He_3 = x³ − 3x
    expect(activation("silu").phi(0)).toBe(0.5);
  });

  it("φ equals a numerical derivative of σ away from breakpoints (all built-ins)", () => {
    const acts = BUILTIN_SPECS.map((s) => activation(s));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: acts.length - 1 }), fc.double({ min: -6, max: 6, noNaN: true }), (i, x) => {
        const a: Activation = acts[i];
        const h = 1e-3;
        fc.pre(a.breakpoints.every((b) => Math.abs(x - b) > 3 * h));
        const fd = derivative((t) => a.sigma(t), x, h);
        const scale = 1 + Math.abs(a.phi(x)) + Math.abs(a.sigma(x)) * (1 + x * x);
        expect(Math.abs(fd - a.phi(x))).toBeLessThan(1e-8 * scale * Math.max(1, x * x * x * x));
      }),
      { seed: 2024, numRuns: 1500 },
    );
  });

  it("the φ check would catch a wrong derivative", () => {
    const fd = derivative(Math.tanh, 0.5, 1e-3);
    expect(Math.abs(fd - Math.cos(0.5))).toBeGreaterThan(1e-3);
  });

  it("kernel sources: Math.*-only, and they evaluate to σ and φ (exactly, or to 2e-7 where erf is approximated)", () => {
    for (const spec of BUILTIN_SPECS) {
      const a = activation(spec);
      expect(a.sigmaSource).toBeDefined();
      expect(a.phiSource).toBeDefined();
      for (const src of [a.sigmaSource!, a.phiSource!]) {
        const identifiers = src.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [];
        for (const id of identifiers) expect(id === "x" || /^Math\.[a-zA-Z0-9]+$/.test(id) || /^e$/.test(id)).toBe(true);
      }
      const s = evalSource(a.sigmaSource!);
      const p = evalSource(a.phiSource!);
      const approx = spec === "erf" || spec === "gelu";
      for (const x of [-7.3, -2.5, -1, -0.3, 0.2, 0.9, 1.7, 4.4]) {
        const tolS = approx ? 2e-7 * (1 + Math.abs(x)) : 1e-13 * (1 + Math.abs(a.sigma(x)));
        const tolP = approx && spec === "gelu" ? 2e-7 * (1 + Math.abs(x)) : 1e-13 * (1 + Math.abs(a.phi(x)));
        expect(Math.abs(s(x) - a.sigma(x))).toBeLessThanOrEqual(tolS);
        expect(Math.abs(p(x) - a.phi(x))).toBeLessThanOrEqual(tolP);
      }
    }
  });

  it("breakpoints are declared where φ jumps", () => {
    expect(activation("relu").breakpoints).toEqual([0]);
    expect(activation("abs").breakpoints).toEqual([0]);
    expect(activation("leakyRelu(0.3)").breakpoints).toEqual([0]);
    expect(activation("tanh").breakpoints).toEqual([]);
  });

  it("unknown names throw a RangeError listing the known names", () => {
    expect(() => activation("swish")).toThrow(RangeError);
    expect(() => activation("swish")).toThrow(/relu.*tanh.*hermite\(k\)/);
    expect(() => activation("toString")).toThrow(RangeError);
    expect(() => activation("relu(2)")).toThrow(/takes no parameter/);
    expect(() => activation("leakyRelu(abc)")).toThrow(/slope/);
    expect(() => activation("hermite")).toThrow(/needs k/);
    expect(() => activation("hermite(2.5)")).toThrow(/integer/);
    expect(() => activation("hermite(41)")).toThrow(/≤ 40/);
    expect(() => activation("hermite(1, 2)")).toThrow(RangeError);
    expect(() => activation("")).toThrow(RangeError);
  });
});
