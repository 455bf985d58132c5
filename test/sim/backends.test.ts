import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activation } from "../../src/activations/index.js";
import { openBackend, stream, availableBackends, type MatrixBackend } from "../../src/sim/index.js";

// Every backend that runs on this machine (wasm64, gpu.js webasm, gpu.js cpu) against the
// float64 wasm64 results. webgpu and headlessgl need a GPU / the `gl` package (absent here).
let ref: MatrixBackend;
const f32: MatrixBackend[] = [];

beforeAll(async () => {
  ref = await openBackend("wasm64");
  for (const name of ["cpu", "webasm"] as const) f32.push(await openBackend(name));
});
afterAll(() => {
  ref.dispose();
  for (const b of f32) b.dispose();
});

/** max |x − y| / max |y|. */
function relErr(x: Float64Array, y: Float64Array): number {
  expect(x.length).toBe(y.length);
  let e = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    e = Math.max(e, Math.abs(x[i] - y[i]));
    s = Math.max(s, Math.abs(y[i]));
  }
  return e / s;
}

const g = stream(99);
const x = g.fillNormal(new Float64Array(37 * 5));
const y = g.fillNormal(new Float64Array(37 * 4));
const w = g.fillNormal(new Float64Array(5 * 6));

describe("matrix backends", () => {
  it("lists the backends present here, wasm64 before the gpu.js CPU modes", async () => {
    const names = await availableBackends();
    expect(names).toContain("wasm64");
    expect(names).toContain("cpu");
    expect(names.indexOf("wasm64")).toBeLessThan(names.indexOf("cpu"));
  });

  it("gemm, gramRows, hadamardGram, kroneckerGram, activatedProduct agree with wasm64 to float32 accuracy", async () => {
    const tanh = activation("tanh");
    const withSource = { fn: (t: number) => tanh.phi(t), source: tanh.phiSource };
    const noSource = { fn: (t: number) => tanh.phi(t) };
    expect(tanh.phiSource).toBeTypeOf("string");
    const expected = {
      gemm: await ref.gemm(x, w, 37, 5, 6, 0.5),
      gram: await ref.gramRows(x, 37, 5, 0.2),
      had: await ref.hadamardGram(x, 5, y, 4, 37, 0.2, 0.25),
      kron: await ref.kroneckerGram(x, 5, y, 4, 37, 0.05),
      act: await ref.activatedProduct(x, w, 37, 5, 6, 0.4, withSource),
    };
    // reference values themselves: one entry by hand
    let s = 0;
    for (let k = 0; k < 5; k++) s += x[3 * 5 + k] * w[k * 6 + 2];
    expect(expected.gemm[3 * 6 + 2]).toBeCloseTo(0.5 * s, 12);
    expect(expected.act[3 * 6 + 2]).toBeCloseTo(tanh.phi(0.4 * s), 12);
    let kr = 0;
    for (let i = 0; i < 37; i++) kr += x[i * 5 + 1] * x[i * 5 + 3] * y[i * 4 + 2] * y[i * 4 + 0];
    expect(expected.kron[(1 * 4 + 2) * 20 + (3 * 4 + 0)]).toBeCloseTo(0.05 * kr, 12);
    for (const b of f32) {
      expect(b.precision).toBe("float32");
      expect(relErr(await b.gemm(x, w, 37, 5, 6, 0.5), expected.gemm)).toBeLessThan(1e-6);
      expect(relErr(await b.gramRows(x, 37, 5, 0.2), expected.gram)).toBeLessThan(1e-6);
      expect(relErr(await b.hadamardGram(x, 5, y, 4, 37, 0.2, 0.25), expected.had)).toBeLessThan(1e-6);
      expect(relErr(await b.kroneckerGram(x, 5, y, 4, 37, 0.05), expected.kron)).toBeLessThan(1e-6);
      expect(relErr(await b.activatedProduct(x, w, 37, 5, 6, 0.4, withSource), expected.act)).toBeLessThan(1e-6);
      expect(relErr(await b.activatedProduct(x, w, 37, 5, 6, 0.4, noSource), expected.act)).toBeLessThan(1e-6);
    }
  });

  it('"auto" opens the first available backend (a GPU mode if present, else wasm64)', async () => {
    const { simulate } = await import("../../src/sim/index.js");
    const names = await availableBackends();
    const r = await simulate("wigner", { n: 20 }, { seed: 1 });
    expect(r.backend).toBe(names[0]);
    if (!names.includes("webgpu") && !names.includes("headlessgl")) expect(r.precision).toBe("float64");
  });

  it("a backend that is not present says so", async () => {
    const names = await availableBackends();
    if (!names.includes("headlessgl")) await expect(openBackend("headlessgl")).rejects.toThrow(/backend "headlessgl" is not available/);
    if (!names.includes("webgpu")) await expect(openBackend("webgpu")).rejects.toThrow(/backend "webgpu" is not available/);
  });
});
