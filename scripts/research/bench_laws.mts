/**
 * Density of each law on 1000 points of its hull: wall time (fresh law object, one core), and the
 * error against an independent computation where one exists in the library:
 *   conjugateKernel (1 layer) = mpMapSilverstein(γ, ν) against freeMul(mp(γ), ν) (MP ⊠ ν, another solver).
 *   finite-size laws whose row classes only scale the rows = freeMul(law of the scale, limit law).
 * ntkQuadratic's error is checked separately by scripts/research/ntk_density_reference.py (mpmath).
 * Run: taskset -c 0 npx tsx scripts/research/bench_laws.mts
 */
import type { Measure } from "../../src/measures/measure.js";
import { affine, atoms, mp } from "../../src/measures/index.js";
import { freeMul } from "../../src/transforms/index.js";
import { conjugateKernel, hadamardGram, innerProductKernel, kernelMatrix, ntkCoefficients, ntkLinear, ntkQuadratic, layerCoefficients } from "../../src/laws/index.js";
import { rowNormNodes } from "../../src/laws/rowNormMixture.js";
import { activation, gaussianMoments } from "../../src/activations/index.js";

function densities(law: Measure, xs: number[]): number[] {
  return xs.map((x) => Math.max(0, law.stieltjes({ re: x, im: 0 }).im / Math.PI));
}
function grid(law: Measure): number[] {
  const [lo, hi] = law.hull;
  return Array.from({ length: 1000 }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / 1000);
}
function timed(name: string, make: () => Measure, reference?: (xs: number[]) => number[]) {
  const t0 = performance.now();
  const law = make();
  const xs = grid(law);
  const d = densities(law, xs);
  const t = (performance.now() - t0) / 1000;
  let err = "—";
  if (reference) {
    const r = reference(xs);
    err = Math.max(...d.map((v, i) => Math.abs(v - r[i]))).toExponential(2);
  }
  console.log(`| ${name} | ${t.toFixed(2)} | ${err} |`);
}

console.log("| law (1000 density points on its hull) | time (s) | max abs error vs independent solver |");
console.log("|---|---|---|");
timed("ntkQuadratic relu, Rademacher, γ₁=0.5, γ₂=1", () => ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "relu" }));
timed("ntkQuadratic tanh, Rademacher, γ₁=1, γ₂=1", () => ntkQuadratic({ nOverDp: 1, pOverD: 1, activation: "tanh" }));
timed("ntkQuadratic relu, Gaussian a (DE, d·p = 1600), γ₁=0.5, γ₂=1", () => ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "relu", a: "gaussian" }));
timed("hadamardGram γ₁=0.5", () => hadamardGram({ nOverDp: 0.5 }));
const act = activation("tanh");
const k = layerCoefficients((x) => act.sigma(x), act.breakpoints, 1);
timed(
  "conjugateKernel tanh, n/d=1, width/d=2",
  () => conjugateKernel({ nOverD: 1, widthOverD: 2, activation: "tanh" }),
  (xs) => densities(freeMul(mp(0.5, 1), affine(mp(1, 1), k.k1 * k.k1, k.m2 - k.k0 * k.k0 - k.k1 * k.k1)), xs),
);
timed("conjugateKernel tanh, 2 layers", () => conjugateKernel({ nOverD: 1, widthOverD: [1.5, 1], activation: "tanh" }));
timed("ntkLinear relu, n/d=0.5, p/d=1", () => ntkLinear({ nOverD: 0.5, widthOverD: 1, activation: "relu" }));
timed("kernelMatrix exp, n/d=0.5", () => kernelMatrix({ nOverD: 0.5, f: Math.exp }));
timed("innerProductKernel tanh, n/d=1", () => innerProductKernel({ nOverD: 1, f: "tanh" }));

// Finite-size laws (rowMixtureLaw, ≤ 1024 row classes). Independent route where the classes only
// scale the rows: law(c1) ⊠ (limit law) by freeMul.
const tanh = activation("tanh");
const deltaTanh = ntkCoefficients("tanh").delta;
const rTanh = rowNormNodes(40, 1024);
const c1Tanh = Array.from(rTanh, (r) => (r * gaussianMoments((x) => tanh.phi(Math.sqrt(r) * x)).delta) / deltaTanh);
timed(
  "ntkQuadratic tanh, d = 40 (finite-d, α = 0), γ₁=0.625, γ₂=2",
  () => ntkQuadratic({ nOverDp: 0.625, pOverD: 2, activation: "tanh", d: 40 }),
  (xs) => densities(freeMul(atoms(c1Tanh, new Array(1024).fill(1 / 1024)), ntkQuadratic({ nOverDp: 0.625, pOverD: 2, activation: "tanh" })), xs),
);
timed("ntkQuadratic relu, d = 24 (finite-d, homogeneous φ), γ₁=0.5, γ₂=1", () => ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "relu", d: 24 }));
timed("ntkQuadratic gelu, d = 30 (finite-d, two coefficients), γ₁=0.5, γ₂=0.5", () => ntkQuadratic({ nOverDp: 0.5, pOverD: 0.5, activation: "gelu", d: 30 }));
// n = 800 rows: a 28 × 28 grid of row-norm classes (at most n classes).
const rx = rowNormNodes(40, 28);
const c1Gram = Array.from({ length: 784 }, (_, k) => rx[Math.floor(k / 28)] * rx[k % 28]);
timed(
  "hadamardGram γ₁=0.5, d = p = 40 (finite size)",
  () => hadamardGram({ nOverDp: 0.5, d: 40, p: 40 }),
  (xs) => densities(freeMul(atoms(c1Gram, new Array(784).fill(1 / 784)), mp(0.5, 1)), xs),
);
