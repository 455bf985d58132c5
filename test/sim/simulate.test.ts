import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { initLinalg } from "../../src/linalg/index.js";
import { sampleMatrix, simulate, stderrProgress, type Progress } from "../../src/sim/index.js";

beforeAll(async () => {
  await initLinalg();
});

const ntk = { n: 160, d: 6, p: 10, activation: "relu", a: "rademacher" } as const;

describe("simulate: reproducibility, traces, routes", () => {
  it("same seed → bit-identical eigenvalues (wasm64 and gpu.js cpu); another seed differs", async () => {
    for (const backend of ["wasm64", "cpu"] as const) {
      const a = await simulate("ntkHadamard", ntk, { trials: 2, seed: 9, backend });
      const b = await simulate("ntkHadamard", ntk, { trials: 2, seed: 9, backend });
      expect(Array.from(a.eigenvalues)).toEqual(Array.from(b.eigenvalues));
      const c = await simulate("ntkHadamard", ntk, { trials: 2, seed: 10, backend });
      expect(Array.from(c.eigenvalues)).not.toEqual(Array.from(a.eigenvalues));
    }
  });

  it("trial order does not matter: trial 2 alone equals trial 2 of a 3-trial run", async () => {
    const all = await simulate("wishart", { n: 50, N: 80 }, { trials: 3, seed: 4, backend: "wasm64" });
    const one = await simulate("wishart", { n: 50, N: 80 }, { trials: 1, seed: 4, firstTrial: 2, backend: "wasm64" });
    expect(Array.from(one.trials[0].eigenvalues)).toEqual(Array.from(all.trials[2].eigenvalues));
    expect(Array.from(one.trials[0].eigenvalues)).not.toEqual(Array.from(all.trials[1].eigenvalues));
  });

  it("float32 backends agree with wasm64 to float32 accuracy (same random matrices)", async () => {
    const ref = await simulate("ntkFull", { n: 120, d: 20, p: 30, activation: "tanh", a: "gaussian" }, { seed: 3, backend: "wasm64" });
    const scale = ref.eigenvalues[ref.eigenvalues.length - 1];
    for (const backend of ["cpu", "webasm"] as const) {
      const r = await simulate("ntkFull", { n: 120, d: 20, p: 30, activation: "tanh", a: "gaussian" }, { seed: 3, backend });
      expect(r.precision).toBe("float32");
      let err = 0;
      for (let i = 0; i < r.eigenvalues.length; i++) err = Math.max(err, Math.abs(r.eigenvalues[i] - ref.eigenvalues[i]));
      // float32 rounding of inputs and of sums of length ≤ 30: a few hundred ulps of float32 relative to ‖K‖.
      expect(err / scale).toBeLessThan(2e-5);
      expect(err).toBeGreaterThan(0); // it really ran in float32
    }
  });

  it("mean eigenvalue equals trace/n for every route", async () => {
    const cases: [string, Record<string, unknown>, "direct" | "gram"][] = [
      ["ntkHadamard", { ...ntk }, "direct"],
      ["ntkHadamard", { ...ntk }, "gram"],
      ["hadamardGram", { n: 100, d: 5, p: 6 }, "gram"],
      ["wishart", { n: 90, N: 40, population: (j: number) => 1 + (j % 3) }, "gram"],
      ["sampleCovariance", { n: 90, N: 40, population: (i: number) => 1 + (i % 3) }, "gram"],
      ["conjugateKernel", { n: 80, d: 30, widths: [40, 20], activation: "tanh" }, "gram"],
      ["wigner", { n: 70, variance: 3 }, "direct"],
      ["wishart", { n: 50, N: 60, population: (j: number) => (j % 2 ? 2 : -1) }, "direct"],
      ["freeSum", { n: 60, a: (i: number) => i % 2, b: (i: number) => -(i % 3) }, "direct"],
      ["kernelMatrix", { n: 60, d: 40, f: "tanh", diagonal: "zero" }, "direct"],
    ];
    for (const [model, params, route] of cases) {
      const r = await simulate(model, params as never, { trials: 2, seed: 1, backend: "wasm64", route });
      for (const t of r.trials) {
        expect(t.route).toBe(route);
        const mean = t.eigenvalues.reduce((s, v) => s + v, 0) / r.n;
        const scale = Math.max(1, Math.abs(t.eigenvalues[0]), Math.abs(t.eigenvalues[r.n - 1]));
        expect(Math.abs(mean - t.trace / r.n)).toBeLessThan(1e-12 * scale * r.n);
      }
    }
  });

  it("the Gram route gives the direct route's spectrum (nonzero part plus zeros)", async () => {
    for (const [model, params] of [
      ["ntkHadamard", ntk],
      ["hadamardGram", { n: 100, d: 5, p: 6 }],
      ["conjugateKernel", { n: 80, d: 30, widths: [40, 20], activation: "tanh" }],
      ["wishart", { n: 90, N: 40 }],
    ] as const) {
      const direct = await simulate(model, params as never, { seed: 2, backend: "wasm64", route: "direct" });
      const gram = await simulate(model, params as never, { seed: 2, backend: "wasm64", route: "gram" });
      const top = direct.eigenvalues[direct.n - 1];
      for (let i = 0; i < direct.n; i++) expect(Math.abs(gram.eigenvalues[i] - direct.eigenvalues[i])).toBeLessThan(1e-12 * top * 100);
      expect(gram.trials[0].dim).toBeLessThan(direct.n);
    }
  });

  it("property: for random sizes and activations, Gram and direct routes agree and mean = trace/n", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom("relu", "tanh", "erf", "quadratic"),
        fc.constantFrom("rademacher", "gaussian"),
        fc.integer({ min: 0, max: 1000 }),
        async (n, d, p, act, a, seed) => {
          const params = { n: Math.max(n, d * p), d, p, activation: act, a };
          const direct = await simulate("ntkHadamard", params, { seed, backend: "wasm64", route: "direct" });
          const gram = await simulate("ntkHadamard", params, { seed, backend: "wasm64", route: "gram" });
          const top = Math.max(1e-300, Math.abs(direct.eigenvalues[direct.n - 1]));
          for (let i = 0; i < direct.n; i++)
            expect(Math.abs(gram.eigenvalues[i] - direct.eigenvalues[i])).toBeLessThan(1e-10 * top);
          const mean = direct.eigenvalues.reduce((x, y) => x + y, 0) / direct.n;
          expect(Math.abs(mean - direct.trials[0].trace / direct.n)).toBeLessThan(1e-11 * top);
          expect(direct.eigenvalues[0]).toBeGreaterThan(-1e-10 * top); // K is positive semidefinite
        },
      ),
      { numRuns: 25, seed: 4242 },
    );
  });

  it("auto route takes the Gram matrix when n ≫ dp and the n×n matrix when n ≤ dp", async () => {
    const big = await simulate("ntkHadamard", { ...ntk, n: 200 }, { seed: 1, backend: "wasm64" });
    expect(big.trials[0].route).toBe("gram");
    expect(big.trials[0].dim).toBe(60);
    const small = await simulate("ntkHadamard", { ...ntk, n: 50 }, { seed: 1, backend: "wasm64" });
    expect(small.trials[0].route).toBe("direct");
  });

  it("reports per-phase times and progress", async () => {
    const seen: Progress[] = [];
    const r = await simulate("wigner", { n: 40 }, { trials: 3, seed: 1, backend: "wasm64", onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.phase === "eigenvalues").map((p) => p.trial)).toEqual([0, 1, 2]);
    expect(seen[seen.length - 1].phase).toBe("done");
    for (const k of ["random", "formation", "eigenvalues", "total"] as const) expect(r.times[k]).toBeGreaterThanOrEqual(0);
    expect(r.times.total).toBeGreaterThanOrEqual(r.times.random + r.times.eigenvalues);
    // the stderr reporter stays quiet for short runs and writes lines for long ones
    const writes: string[] = [];
    const orig = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (writes.push(s), true)) as typeof process.stderr.write;
    try {
      const rep = stderrProgress(1000);
      rep({ model: "m", trial: 0, trials: 2, phase: "eigenvalues", elapsedMs: 10 });
      expect(writes).toHaveLength(0);
      rep({ model: "m", trial: 1, trials: 2, phase: "eigenvalues", elapsedMs: 2500 });
      expect(writes.join("")).toContain("m: trial 2/2 done, 2.5 s");
    } finally {
      process.stderr.write = orig;
    }
  });

  it("a population given as a law's quantile function, a function, or an array gives the same matrix", async () => {
    const N = 40;
    const viaQuantile = await simulate("wishart", { n: 30, N, population: { quantile: (u: number) => (u < 0.5 ? 1 : 3) } }, { seed: 3, backend: "wasm64" });
    const viaFunction = await simulate("wishart", { n: 30, N, population: (j: number) => (j < N / 2 ? 1 : 3) }, { seed: 3, backend: "wasm64" });
    const viaArray = await simulate("wishart", { n: 30, N, population: Array.from({ length: N }, (_, j) => (j < N / 2 ? 1 : 3)) }, { seed: 3, backend: "wasm64" });
    expect(Array.from(viaQuantile.eigenvalues)).toEqual(Array.from(viaFunction.eigenvalues));
    expect(Array.from(viaArray.eigenvalues)).toEqual(Array.from(viaFunction.eigenvalues));
    // a law with only a sampler draws its values from stream (seed, trial, 1)
    const sampler = { sample: (m: number, rng: { normal(): number }) => Float64Array.from({ length: m }, () => 1 + rng.normal() ** 2) };
    const a = await simulate("wishart", { n: 30, N, population: sampler }, { seed: 3, backend: "wasm64" });
    const b = await simulate("wishart", { n: 30, N, population: sampler }, { seed: 3, backend: "wasm64" });
    expect(Array.from(a.eigenvalues)).toEqual(Array.from(b.eigenvalues));
    expect(Array.from(a.eigenvalues)).not.toEqual(Array.from(viaArray.eigenvalues));
  });

  it("sampleMatrix returns the model matrix itself", async () => {
    const s = await sampleMatrix("hadamardGram", { n: 30, d: 4, p: 5 }, { seed: 8, backend: "wasm64", route: "direct" });
    expect(s.dim).toBe(30);
    // symmetric with positive diagonal (a Hadamard product of two Gram matrices)
    for (let i = 0; i < 30; i++) {
      expect(s.matrix[i * 30 + i]).toBeGreaterThan(0);
      for (let j = 0; j < i; j++) expect(s.matrix[i * 30 + j]).toBe(s.matrix[j * 30 + i]);
    }
  });
});

describe("bad parameters give clear errors", () => {
  const bad: [string, Record<string, unknown>, RegExp][] = [
    ["wishart", { n: 0, N: 10 }, /n must be ≥ 1, got 0/],
    ["wishart", { n: 10.5, N: 10 }, /n must be an integer, got 10.5/],
    ["wishart", { n: 10, N: 10, population: [1, 2] }, /population must have length 10, got length 2/],
    ["wigner", { n: 5, variance: -1 }, /variance must be > 0, got -1/],
    ["ntkHadamard", { n: 10, d: 3, p: 4, activation: "nosuch", a: "rademacher" }, /nosuch/],
    ["ntkHadamard", { n: 10, d: 3, p: 4, activation: "relu", a: "uniform" }, /a must be "rademacher", "gaussian" or an array of length p/],
    ["ntkHadamard", { n: 10, d: 3, p: 4, activation: "relu", a: [1, 1] }, /a must have length p = 4, got length 2/],
    ["conjugateKernel", { n: 10, d: 3, widths: [], activation: "relu" }, /widths must be a non-empty array/],
    ["hadamardGram", { n: 10, d: "3", p: 4 }, /d must be a number, got "3"/],
    ["freeProduct", { n: 4, a: [1, -1, 1, 1], b: [1, 1, 1, 1] }, /a\[1\] must be ≥ 0, got -1/],
    ["kernelMatrix", { n: 4, d: 2, f: 3 }, /f must be a function or an expression string/],
  ];
  for (const [model, params, msg] of bad)
    it(`${model} ${JSON.stringify(params)}`, async () => {
      await expect(simulate(model, params as never, { backend: "wasm64" })).rejects.toThrow(msg);
    });

  it("options and model names are checked", async () => {
    await expect(simulate("nosuch", {} as never)).rejects.toThrow(/model must be one of wishart/);
    await expect(simulate("wigner", { n: 3 }, { trials: 0 })).rejects.toThrow(/trials must be ≥ 1, got 0/);
    await expect(simulate("wigner", { n: 3 }, { seed: -1 })).rejects.toThrow(/seed must be ≥ 0, got -1/);
    await expect(simulate("wigner", { n: 3 }, { backend: "opencl" as never })).rejects.toThrow(/backend must be one of auto, wasm64/);
    await expect(simulate("wigner", { n: 3 }, { route: "fast" as never })).rejects.toThrow(/route must be "auto", "direct" or "gram"/);
    await expect(simulate("wishart", { n: 3, N: 5 }, { route: "gram", backend: "wasm64" })).rejects.toThrow(/route "gram" needs N ≤ n/);
  });
});
