import { describe, expect, it } from "vitest";
import { GPU } from "gpu.js";
import { activation } from "../../src/activations/index.js";

// gpu.js in CPU mode parses and translates the kernel like its GPU backends, but computes in float32.
const SPECS = ["linear", "relu", "leakyRelu(0.1)", "tanh", "sigmoid", "erf", "gelu", "silu", "softplus", "sin", "cos", "abs", "quadratic", "hermite(4)"];
const XS = [-3.1, -1.5, -0.2, 0.3, 0.95, 2.1];

describe("activation sources compile as gpu.js kernels", () => {
  const gpu = new GPU({ mode: "cpu" });
  const check = (src: string, f: (x: number) => number): void => {
    const kernel = gpu
      .createKernel(new Function("v", `const x = v[this.thread.x]; return ${src};`) as never)
      .setOutput([XS.length]);
    const out = kernel(XS) as Float32Array;
    XS.forEach((x, i) => expect(Math.abs(out[i] - f(x))).toBeLessThan(4e-7 * (1 + Math.abs(f(x)))));
  };

  it.each(SPECS)("%s: σ and φ kernels agree with the float64 functions to float32 accuracy", (spec) => {
    const a = activation(spec);
    check(a.sigmaSource!, a.sigma);
    check(a.phiSource!, a.phi);
  });

  it("custom expressions: a symbolic φ and a conditional φ compile too", () => {
    const a = activation({ sigma: "x^3/3 - tanh(x) + log(1 + exp(x))" });
    check(a.sigmaSource!, a.sigma);
    check(a.phiSource!, a.phi);
    const b = activation({ phi: "x > 1 and x < 2 ? x^2 : -sech(x)", breakpoints: [1, 2] });
    check(b.phiSource!, b.phi);
  });
});
