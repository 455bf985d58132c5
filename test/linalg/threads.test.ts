import { availableParallelism } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { eigvalsh, gram, initLinalg, initLinalgSync, linalgHelperRunning, releaseLinalg } from "../../src/linalg/index.js";
import { symmetricDyadic } from "./fixture-matrices.js";

describe("helper thread", () => {
  const saved = process.env.LIMSPEC_LINALG_THREADS;
  afterAll(() => {
    if (saved === undefined) delete process.env.LIMSPEC_LINALG_THREADS;
    else process.env.LIMSPEC_LINALG_THREADS = saved;
    releaseLinalg();
  });

  it("gives bitwise the same eigenvalues with one thread and with two", async () => {
    const n = 260; // above the order at which the kernels fork
    const a = symmetricDyadic(n, 8);
    releaseLinalg();
    process.env.LIMSPEC_LINALG_THREADS = "1";
    initLinalgSync();
    expect(linalgHelperRunning()).toBe(false);
    const one = eigvalsh(a);
    const g1 = gram(a, n, n);
    releaseLinalg();
    process.env.LIMSPEC_LINALG_THREADS = "2";
    await initLinalg();
    if (availableParallelism() >= 2) expect(linalgHelperRunning()).toBe(true);
    const two = eigvalsh(a);
    expect(Array.from(two)).toEqual(Array.from(one));
    expect(Array.from(gram(a, n, n))).toEqual(Array.from(g1));
  });

  it("rejects a malformed LIMSPEC_LINALG_THREADS", () => {
    releaseLinalg();
    process.env.LIMSPEC_LINALG_THREADS = "two";
    expect(() => initLinalgSync()).toThrow(/LIMSPEC_LINALG_THREADS/);
    process.env.LIMSPEC_LINALG_THREADS = "1";
  });
});
