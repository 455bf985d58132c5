import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ndarray from "ndarray";
import { eigvalsh } from "../../src/linalg/index.js";
import { buildFixtureMatrix, EPS, spectralNorm, type FixtureCase } from "./fixture-matrices.js";

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/linalg/eigvalsh_numpy.json", import.meta.url), "utf8"),
) as { cases: FixtureCase[] };

/** max_i |w_i − ref_i| / (n ε ‖A‖₂); the bound is 10. */
function errorInUnits(w: ArrayLike<number>, ref: number[], scale = 1): number {
  const n = ref.length;
  const norm = spectralNorm(ref) * scale;
  let worst = 0;
  for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(w[i] - ref[i] * scale));
  return worst / (n * EPS * norm);
}

describe("eigvalsh against NumPy/LAPACK fixtures", () => {
  for (const c of fixture.cases) {
    it(`${c.name}: within 10·n·ε·‖A‖`, () => {
      const a = buildFixtureMatrix(c);
      let sum = 0;
      for (const v of a) sum += v;
      expect(sum).toBe(c.checksum); // same matrix, bit for bit, as the generating script
      const w = eigvalsh(a, c.n);
      expect(w.length).toBe(c.n);
      for (let i = 1; i < c.n; i++) expect(w[i]).toBeGreaterThanOrEqual(w[i - 1]);
      expect(errorInUnits(w, c.eigenvalues)).toBeLessThan(10);
    });
  }

  it("exact power-of-two rescaling: 2^±600 times the matrix gives 2^±600 times the spectrum", () => {
    const c = fixture.cases[1];
    for (const k of [600, -600]) {
      const a = buildFixtureMatrix(c).map((v) => v * 2 ** k);
      const w = eigvalsh(a);
      expect(errorInUnits(w, c.eigenvalues, 2 ** k)).toBeLessThan(10);
    }
  });

  it("accepts ndarray input: contiguous, offset, sub-block, transposed view, plain-array data", () => {
    const c = fixture.cases[1];
    const a = buildFixtureMatrix(c);
    const nd = ndarray(a, [c.n, c.n]);
    expect(errorInUnits(eigvalsh(nd), c.eigenvalues)).toBeLessThan(10);
    expect(errorInUnits(eigvalsh(nd.transpose(1, 0)), c.eigenvalues)).toBeLessThan(10);
    const padded = new Float64Array(a.length + 5);
    padded.set(a, 5);
    expect(errorInUnits(eigvalsh(ndarray(padded, [c.n, c.n], [c.n, 1], 5)), c.eigenvalues)).toBeLessThan(10);
    const big = ndarray(new Float64Array((c.n + 1) * (c.n + 1)), [c.n + 1, c.n + 1]);
    for (let i = 0; i < c.n; i++) for (let j = 0; j < c.n; j++) big.set(i + 1, j + 1, a[i * c.n + j]);
    expect(errorInUnits(eigvalsh(big.lo(1, 1)), c.eigenvalues)).toBeLessThan(10);
    const plain = Array.from(a);
    expect(errorInUnits(eigvalsh(ndarray(plain, [c.n, c.n])), c.eigenvalues)).toBeLessThan(10);
  });
});
