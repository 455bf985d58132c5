/**
 * Density of each law on 1000 points of its hull: wall time (fresh law object, one core), and the
 * error against an independent computation where one exists in the library:
 *   conjugateKernel (1 layer) = mpMapSilverstein(γ, ν) against freeMul(mp(γ), ν) (MP ⊠ ν, another solver).
 * ntkQuadratic's error is checked separately by scripts/research/ntk_density_reference.py (mpmath).
 * Run: taskset -c 0 npx tsx scripts/research/bench_laws.mts
 */
import type { Measure } from "../../src/measures/measure.js";
import { affine, mp } from "../../src/measures/index.js";
import { freeMul } from "../../src/transforms/index.js";
import { conjugateKernel, hadamardGram, innerProductKernel, kernelMatrix, ntkLinear, ntkQuadratic, layerCoefficients } from "../../src/laws/index.js";
import { activation } from "../../src/activations/index.js";

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
