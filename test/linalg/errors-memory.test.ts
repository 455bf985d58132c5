import ndarray from "ndarray";
import { describe, expect, it } from "vitest";
import {
  eigenvalueCounts, eigvalsh, eigvalshRange, gram, initLinalg, initLinalgSync, linalgMemoryBytes, releaseLinalg,
} from "../../src/linalg/index.js";
import { symmetricDyadic } from "./fixture-matrices.js";

describe("bad input", () => {
  it("non-square, n mismatch, n = 0", () => {
    expect(() => eigvalsh(new Float64Array(5))).toThrow(/not a perfect square/);
    expect(() => eigvalsh(new Float64Array(9), 2)).toThrow(/not 2×2/);
    expect(() => eigvalsh(new Float64Array(0))).toThrow(/n = 0/);
    expect(() => eigvalsh(ndarray(new Float64Array(6), [2, 3]))).toThrow(/square 2-d ndarray/);
    expect(() => eigvalsh(ndarray(new Float64Array(4), [2, 2]), 3)).toThrow(/does not match/);
    expect(() => eigvalsh([1, 0, 0, 1] as unknown as Float64Array)).toThrow(TypeError);
  });

  it("asymmetric beyond the relative tolerance, naming the entry", () => {
    const a = new Float64Array([1, 2, 2.001, 1]);
    expect(() => eigvalsh(a)).toThrow(/not symmetric: a\[0\]\[1\] = 2 but a\[1\]\[0\] = 2.001/);
    const b = new Float64Array([1, 2, 2 + 1e-13, 1]);
    expect(eigvalsh(b).length).toBe(2); // within 1e-10 · max|a|
    expect(() => eigvalsh(b, 2, { symmetryTolerance: 1e-15 })).toThrow(RangeError);
  });

  it("NaN and ±Infinity entries", () => {
    expect(() => eigvalsh(new Float64Array([1, NaN, NaN, 1]))).toThrow(/a\[0\]\[1\] must be finite, got NaN/);
    expect(() => eigvalsh(new Float64Array([Infinity, 0, 0, 1]))).toThrow(/a\[0\]\[0\] must be finite/);
    expect(() => eigvalsh(ndarray([1, 0, 0, -Infinity], [2, 2]))).toThrow(/a\[1\]\[1\]/);
  });

  it("bad bin edges and interval ends", () => {
    const a = new Float64Array([2, 1, 1, 2]);
    expect(() => eigenvalueCounts(a, [0, NaN])).toThrow(/binEdges\[1\]/);
    expect(() => eigenvalueCounts(a, [1, 0])).toThrow(/non-decreasing/);
    expect(() => eigenvalueCounts(a, [])).toThrow(/at least one edge/);
    expect(() => eigvalshRange(a, 2, 1)).toThrow(/lo must be ≤ hi/);
    expect(() => eigvalshRange(a, NaN, 1)).toThrow(/lo must be a number/);
  });
});

describe("memory and loading", () => {
  it("linear memory does not grow over 100 calls of each function", () => {
    const n = 120;
    const a = symmetricDyadic(n, 1);
    const run = () => {
      eigvalsh(a);
      eigvalshRange(a, -0.5, 0.5);
      eigenvalueCounts(a, [-1, 0, 1]);
      gram(a, n, n);
    };
    run();
    const before = linalgMemoryBytes();
    expect(before).toBeGreaterThan(0);
    for (let t = 0; t < 100; t++) run();
    expect(linalgMemoryBytes()).toBe(before);
  });

  it("async and sync loaders are idempotent; releaseLinalg drops the memory and reloads on demand", async () => {
    await initLinalg();
    await initLinalg();
    initLinalgSync();
    const w = eigvalsh(new Float64Array([2, 1, 1, 2]));
    releaseLinalg();
    expect(linalgMemoryBytes()).toBe(0);
    expect(Array.from(eigvalsh(new Float64Array([2, 1, 1, 2])))).toEqual(Array.from(w));
    await Promise.all([initLinalg(), initLinalg()]);
  });
});
