import { beforeAll, describe, expect, it } from "vitest";
import { eigvalsh, initLinalg } from "../../src/linalg/index.js";
import { autoBinCount, histogram, matrixHistogram, sampleMatrix, simulate, simulateHistogram, stream } from "../../src/sim/index.js";

beforeAll(async () => {
  await initLinalg();
});

describe("histogram", () => {
  it("counts, density normalised over all values, outside counts reported", () => {
    const h = histogram([0, 0.1, 0.5, 0.99, 1, 1.5, -3, 7], { bins: 2, range: [0, 1.5] });
    expect(Array.from(h.edges)).toEqual([0, 0.75, 1.5]);
    expect(Array.from(h.counts)).toEqual([3, 3]); // 1.5 is the right edge: in the last bin
    expect(h.below).toBe(1);
    expect(h.above).toBe(1);
    expect(h.total).toBe(8);
    let mass = 0;
    for (let i = 0; i < 2; i++) mass += h.density[i] * (h.edges[i + 1] - h.edges[i]);
    expect(mass).toBeCloseTo(6 / 8, 14);
  });

  it("explicit edges, Freedman–Diaconis and Sturges bins", () => {
    const z = stream(1).fillNormal(new Float64Array(4096));
    const fd = histogram(z);
    // FD width 2·IQR·m^{-1/3} ≈ 2·1.349/16 for N(0,1): about (range)/0.169 bins
    const range = fd.edges[fd.edges.length - 1] - fd.edges[0];
    expect(Math.abs(fd.counts.length - range / ((2 * 1.349) / 16))).toBeLessThan(0.06 * fd.counts.length);
    expect(fd.below + fd.above).toBe(0);
    expect(autoBinCount(z, "sturges", -4, 4)).toBe(13);
    const e = histogram(z, { bins: [-1, 0, 2] });
    expect(e.counts[0] + e.counts[1] + e.below + e.above).toBe(4096);
    expect(() => histogram(z, { bins: [0, 0] })).toThrow(/edges must increase strictly/);
    expect(() => histogram([1, NaN])).toThrow(/values\[1\] is NaN/);
    expect(() => histogram(z, { range: [1, 0] })).toThrow(/range must satisfy lo < hi/);
  });

  it("matrixHistogram (Sturm counts) equals the histogram of the eigenvalues", async () => {
    const s = await sampleMatrix("wigner", { n: 120 }, { seed: 5, backend: "wasm64" });
    const ev = eigvalsh(s.matrix, 120);
    const opts = { bins: 17, range: [-1.7, 1.9] as [number, number] };
    const a = matrixHistogram(s.matrix, 120, opts);
    const b = histogram(ev, opts);
    expect(Array.from(a.counts)).toEqual(Array.from(b.counts));
    expect([a.below, a.above]).toEqual([b.below, b.above]);
    // zeros of a Gram route are added to the bin holding 0
    const z = matrixHistogram(s.matrix, 120, { ...opts, zeros: 30 });
    const k = z.counts.findIndex((_, i) => z.edges[i] <= 0 && 0 < z.edges[i + 1]);
    expect(z.counts[k] - a.counts[k]).toBe(30);
    expect(z.total).toBe(150);
  });

  it("simulateHistogram pools exact counts equal to the histogram of simulate()'s eigenvalues", async () => {
    const params = { n: 150, d: 4, p: 5 };
    const opts = { trials: 3, seed: 6, backend: "wasm64" as const, bins: 12, range: [-0.5, 4] as [number, number] };
    const h = await simulateHistogram("hadamardGram", params, opts);
    const r = await simulate("hadamardGram", params, opts);
    const ref = histogram(r.eigenvalues, { bins: 12, range: [-0.5, 4] });
    expect(h.trials[0].route).toBe("gram"); // zeros (n − dp = 130 per trial) counted in the bin of 0
    expect(Array.from(h.histogram.counts)).toEqual(Array.from(ref.counts));
    expect([h.histogram.below, h.histogram.above, h.histogram.total]).toEqual([ref.below, ref.above, 450]);
    expect(Array.from(h.histogram.density)).toEqual(Array.from(ref.density));
  });
});
