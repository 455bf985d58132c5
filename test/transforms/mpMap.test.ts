import { describe, expect, it } from "vitest";
import { complex, type Complex, abs, sub, mul, add } from "../../src/core/complex.js";
import { atoms, dirac, mp } from "../../src/measures/index.js";
import { mpMap, mpMapSilverstein } from "../../src/transforms/index.js";
import { densityOnGrid, supportEdges, totalMass } from "../../src/spectrum/index.js";
import { polyAdd, polyMul, polyRoots, polyScale, type Poly } from "../helpers/polynomial.js";

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("mpMap(γ, δ₁) = mp(γ) (solver against the closed form)", () => {
  for (const gamma of [0.1, 0.5, 1, 2, 10]) {
    it(`γ = ${gamma}: density, edges and atom`, () => {
      const law = mpMap(gamma, dirac(1));
      const ref = mp(gamma);
      const [a, b] = [(1 - Math.sqrt(gamma)) ** 2, (1 + Math.sqrt(gamma)) ** 2];
      const xs = Array.from({ length: 200 }, (_, i) => a + ((b - a) * (i + 0.5)) / 200);
      const { density, residual } = densityOnGrid(law, xs);
      xs.forEach((x, i) => expect(relErr(density[i], ref.density!(x))).toBeLessThanOrEqual(1e-10));
      expect(Math.max(...residual)).toBeLessThanOrEqual(1e-13);
      const [[lo, hi]] = supportEdges(law);
      expect(Math.abs(lo - a)).toBeLessThanOrEqual(1e-10 * b);
      expect(Math.abs(hi - b)).toBeLessThanOrEqual(1e-10 * b);
      const atom = law.atoms.find((t) => t.x === 0)?.mass ?? 0;
      expect(Math.abs(atom - Math.max(0, 1 - 1 / gamma))).toBeLessThanOrEqual(1e-12);
    });
  }
});

/**
 * s(−z + Σ wᵢtᵢ/(1 + γtᵢs)) = 1 times Π(1 + γtⱼs): a polynomial of degree K + 1 in s whose root in
 * C⁺ is the Stieltjes transform (companion convention).
 */
function companionPolynomial(gamma: number, t: number[], w: number[], z: Complex): Poly {
  const factor = (tj: number): Poly => [complex(1), complex(gamma * tj)];
  const all = t.reduce<Poly>((p, tj) => polyMul(p, factor(tj)), [complex(1)]);
  let inner: Poly = polyScale(all, mul(z, complex(-1)));
  t.forEach((ti, i) => {
    const others = t.reduce<Poly>((p, tj, j) => (j === i ? p : polyMul(p, factor(tj))), [complex(1)]);
    inner = polyAdd(inner, polyScale(others, complex(w[i] * ti)));
  });
  return polyAdd(polyMul([complex(0), complex(1)], inner), polyScale(all, complex(-1)));
}

describe("mpMap(γ, ½δ₁ + ½δ₄) against the roots of its cubic", () => {
  for (const gamma of [0.3, 1, 10]) {
    it(`γ = ${gamma}: 200 points of the support, ≤ 1e-10`, () => {
      const law = mpMap(gamma, atoms([1, 4], [0.5, 0.5]));
      const intervals = supportEdges(law);
      const width = intervals.reduce((t, [a, b]) => t + b - a, 0);
      let checked = 0;
      for (const [a, b] of intervals) {
        const m = Math.round((200 * (b - a)) / width);
        for (let i = 0; i < m; i++) {
          const x = a + ((b - a) * (i + 0.5)) / m;
          const s = law.stieltjes(complex(x, 0));
          const roots = polyRoots(companionPolynomial(gamma, [1, 4], [0.5, 0.5], complex(x, 0)));
          const upper = roots.filter((r) => r.im > 1e-9 * abs(r));
          expect(upper.length).toBe(1);
          expect(abs(sub(s, upper[0])) / abs(upper[0])).toBeLessThanOrEqual(1e-10);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(199);
    });
  }

  it("finds both intervals where the support splits (companion: large γ; Silverstein: small γ)", () => {
    const companion = supportEdges(mpMap(10, atoms([1, 4], [0.5, 0.5])));
    expect(companion.length).toBe(2);
    const silverstein = supportEdges(mpMapSilverstein(0.05, atoms([1, 4], [0.5, 0.5])));
    expect(silverstein.length).toBe(2);
    // The two conventions share non-zero eigenvalues: companion(γ) = γ·Silverstein(1/γ).
    companion.flat().forEach((e, i) => expect(relErr(e, 10 * supportEdges(mpMapSilverstein(0.1, atoms([1, 4], [0.5, 0.5]))).flat()[i])).toBeLessThanOrEqual(1e-12));
    // Silverstein γ = 0.05: each interval holds mass ½ (one atom of ν each).
    expect(silverstein[0][1]).toBeLessThan(silverstein[1][0]);
    expect(Math.abs(totalMass(mpMapSilverstein(0.05, atoms([1, 4], [0.5, 0.5]))) - 1)).toBeLessThanOrEqual(1e-9);
  });

  it("finds a narrow gap (γ = 2.5: width ~7e-4 of the support) with edges exact to 1e-9", () => {
    const gamma = 2.5;
    const law = mpMap(gamma, atoms([1, 4], [0.5, 0.5]));
    const edges = supportEdges(law);
    expect(edges.length).toBe(2);
    const gap = edges[1][0] - edges[0][1];
    expect(gap).toBeGreaterThan(0);
    expect(gap / (edges[1][1] - edges[0][0])).toBeLessThan(1e-3);
    // Independent check of every edge: just inside, the cubic has a complex pair; just outside, none.
    const nonReal = (x: number) => polyRoots(companionPolynomial(gamma, [1, 4], [0.5, 0.5], complex(x, 0))).filter((r) => Math.abs(r.im) > 1e-7 * abs(r)).length;
    const d = 1e-9 * edges[1][1];
    for (const [a, b] of edges) {
      expect(nonReal(a + d)).toBe(2);
      expect(nonReal(a - d)).toBe(0);
      expect(nonReal(b - d)).toBe(2);
      expect(nonReal(b + d)).toBe(0);
    }
  });
});

/**
 * Silverstein–Bai (1995) equation for (1/N) T^{1/2} Z Zᵀ T^{1/2}, c = n/N:
 *   m = Σ wᵢ / (tᵢ(1 − c − c z m) − z),
 * cleared of denominators; solved here by polynomial roots, independently of mpMap.
 */
function silversteinRoot(c: number, t: number[], w: number[], z: Complex): Complex {
  const factor = (tj: number): Poly => [complex(tj * (1 - c) - z.re, -z.im), mul(z, complex(-c * tj))];
  const all = t.reduce<Poly>((p, tj) => polyMul(p, factor(tj)), [complex(1)]);
  let rhs: Poly = [complex(0)];
  t.forEach((_, i) => {
    const others = t.reduce<Poly>((p, tj, j) => (j === i ? p : polyMul(p, factor(tj))), [complex(1)]);
    rhs = polyAdd(rhs, polyScale(others, complex(w[i])));
  });
  const poly = polyAdd(polyMul([complex(0), complex(1)], all), polyScale(rhs, complex(-1)));
  // Unique root with Im m > 0 and −(1 − c)/z + c m ∈ C⁺ (Silverstein–Bai 1995, Thm 1.1).
  const ok = polyRoots(poly).filter((m) => m.im > 0 && add(mul(complex(-(1 - c)), { re: z.re / (z.re ** 2 + z.im ** 2), im: -z.im / (z.re ** 2 + z.im ** 2) }), mul(complex(c), m)).im > 0);
  expect(ok.length).toBe(1);
  return ok[0];
}

describe("convention link s_A^γ(z) = γ⁻² s_B^{1/γ}(z/γ) − (1 − 1/γ)/z (docs/design.md §1)", () => {
  const t = [0.5, 2, 3];
  const w = [0.2, 0.5, 0.3];
  for (const gamma of [0.25, 0.8, 3]) {
    it(`γ = ${gamma}`, () => {
      const A = mpMap(gamma, atoms(t, w));
      const B = mpMapSilverstein(1 / gamma, atoms(t, w));
      for (const z of [complex(0.7, 0.2), complex(2.5, 0.05), complex(6, 1e-3), complex(1.3, 2)]) {
        const sB = silversteinRoot(1 / gamma, t, w, complex(z.re / gamma, z.im / gamma));
        const linked = sub(mul(sB, complex(1 / gamma ** 2)), mul(complex(1 - 1 / gamma), { re: z.re / (z.re ** 2 + z.im ** 2), im: -z.im / (z.re ** 2 + z.im ** 2) }));
        const sA = A.stieltjes(z);
        expect(abs(sub(sA, linked)) / abs(linked)).toBeLessThanOrEqual(1e-10);
        // and mpMapSilverstein itself solves the Silverstein equation
        const sBdirect = B.stieltjes(complex(z.re / gamma, z.im / gamma));
        expect(abs(sub(sBdirect, sB)) / abs(sB)).toBeLessThanOrEqual(1e-10);
      }
    });
  }
});
