/**
 * Theory-vs-simulation table of the laws in src/laws (docs/laws.md). For each case: the law, a
 * simulation of the matrix it describes (wasm64 backend, float64, fixed seed), the predicted
 * outliers removed per trial, then KS and histogram-L1 distances and the wall times.
 * Run: npx tsx scripts/laws-table.ts [--quick] [--only <label substring>]   (Markdown table on stdout)
 */
import type { Measure } from "../src/measures/measure.js";
import { atoms, chiSquare } from "../src/measures/index.js";
import { tabulatedLaw, ksDistance, histogramL1, type LawDistribution } from "../src/compare/index.js";
import {
  simulate,
  ntkHadamard,
  ntkFull,
  hadamardGram as hadamardGramModel,
  conjugateKernel as ckModel,
  kernelMatrix as kernelModel,
} from "../src/sim/index.js";
import type { MatrixModel } from "../src/sim/models/types.js";
import {
  ntkQuadratic,
  ntkQuadraticOutliers,
  hadamardGram,
  conjugateKernel,
  ntkLinear,
  kernelMatrix,
  innerProductKernel,
} from "../src/laws/index.js";

interface Case {
  label: string;
  size: string;
  law: () => Measure;
  model: MatrixModel<any>;
  params: any;
  trials: number;
  /** Predicted outliers: removed from the top of each trial. */
  outliers: () => { count: number };
}

function tabulate(law: Measure, lo: number, hi: number, points = 600): LawDistribution {
  const xs: number[] = [];
  const ds: number[] = [];
  const width = hi - lo;
  for (let i = 0; i <= points; i++) {
    let x = lo + (width * (1 - Math.cos((Math.PI * i) / points))) / 2;
    if (x === 0 || law.atoms.some((a) => Math.abs(a.x - x) < 1e-9 * Math.max(1, width))) x += 1e-7 * width;
    xs.push(x);
    // density 0 at the hull's ends (0 or an integrable 1/√x singularity there)
    ds.push(i === 0 || i === points ? 0 : Math.max(0, law.stieltjes({ re: x, im: 0 }).im / Math.PI));
  }
  return tabulatedLaw(xs, ds, law.atoms);
}

/** Largest grid point where the tabulated law's density is above 1e-6 of its maximum. */
function upperEdge(tab: LawDistribution, lo: number, hi: number): number {
  let top = lo;
  let max = 0;
  const m = 2000;
  const ds: number[] = [];
  for (let i = 0; i <= m; i++) ds.push(tab.density(lo + ((hi - lo) * i) / m));
  for (const v of ds) max = Math.max(max, v);
  ds.forEach((v, i) => {
    if (v > 1e-6 * max) top = lo + ((hi - lo) * i) / m;
  });
  return top;
}

const twoPoint = atoms([0.5, 1.5], [0.5, 0.5]);
const twoPointA = (p: number) => Array.from({ length: p }, (_, l) => (l % 2 === 0 ? Math.sqrt(0.5) : -Math.sqrt(1.5)));

/** a_l = ±√q_l, q_l the χ²₁ quantiles at (l + ½)/p (law of a² = χ²₁ without sampling noise). */
const gaussianQuantileA = (p: number) =>
  Array.from({ length: p }, (_, l) => (l % 2 === 0 ? 1 : -1) * Math.sqrt(chiSquare(1).quantile!((l + 0.5) / p)));

type WeightCase = "rademacher" | "two-point" | "gaussian" | "gaussian-quantiles";
const ntkCase = (act: string | { phi: string }, g1: number, g2: number, d: number, a: WeightCase, trials = 3): Case => {
  const p = Math.round(g2 * d);
  const n = Math.round(g1 * d * p);
  const aLaw = a === "two-point" ? twoPoint : a === "gaussian-quantiles" ? "gaussian" : a;
  const aSim = a === "two-point" ? twoPointA(p) : a === "gaussian-quantiles" ? gaussianQuantileA(p) : a;
  return {
    label: `ntkQuadratic ${typeof act === "string" ? act : `φ = ${act.phi}`}, a ${a}, γ₁=${g1}, γ₂=${g2}`,
    size: `n=${n}, d=${d}, p=${p}`,
    law: () => ntkQuadratic({ nOverDp: g1, pOverD: g2, activation: act, a: aLaw }),
    model: ntkHadamard,
    params: { n, d, p, activation: act, a: aSim },
    trials,
    outliers: () => {
      const o = ntkQuadraticOutliers({ n, d, p, activation: act, a: aLaw });
      return { count: o.count };
    },
  };
};

const quick = process.argv.includes("--quick");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const cases: Case[] = [
  ntkCase("relu", 0.5, 1, 16, "rademacher"),
  ntkCase("relu", 0.5, 1, 24, "rademacher"),
  ntkCase("relu", 0.5, 1, 32, "rademacher", 2),
  ntkCase("tanh", 1, 1, 20, "rademacher"),
  ntkCase("gelu", 0.5, 0.5, 30, "rademacher"),
  ntkCase("silu", 2, 2, 16, "rademacher", 2),
  ntkCase("erf", 0.25, 0.25, 48, "rademacher"),
  ntkCase("sin", 0.5, 1, 16, "rademacher"),
  ntkCase("sin", 0.5, 1, 24, "rademacher"),
  ntkCase("sin", 0.5, 1, 40, "rademacher", 1),
  ntkCase("quadratic", 0.5, 1, 24, "rademacher"),
  ntkCase("quadratic", 0.5, 1, 40, "rademacher", 1),
  ntkCase({ phi: "tanh(x)" }, 0.5, 1, 24, "rademacher"),
  ntkCase({ phi: "x^3" }, 0.5, 1, 24, "rademacher"),
  ntkCase({ phi: "x^3" }, 0.5, 1, 40, "rademacher", 1),
  ntkCase("relu", 0.5, 1, 24, "two-point"),
  ntkCase("softplus", 0.25, 4, 16, "two-point", 2),
  ntkCase("relu", 0.5, 1, 24, "gaussian-quantiles"),
  ntkCase("relu", 0.5, 1, 24, "gaussian"),
  ntkCase("gelu", 1, 2, 16, "gaussian-quantiles", 2),
  ntkCase("erf", 0.5, 1, 24, "gaussian-quantiles"),
  {
    label: "hadamardGram γ₁=0.5",
    size: "n=200, d=20, p=20",
    law: () => hadamardGram({ nOverDp: 0.5 }),
    model: hadamardGramModel,
    params: { n: 200, d: 20, p: 20 },
    trials: 3,
    outliers: () => ({ count: 0 }),
  },
  {
    label: "conjugateKernel tanh, n/d=1, width/d=2",
    size: "n=300, d=300, d₁=600",
    law: () => conjugateKernel({ nOverD: 1, widthOverD: 2, activation: "tanh" }),
    model: ckModel,
    params: { n: 300, d: 300, widths: [600], activation: "tanh" },
    trials: 2,
    outliers: () => ({ count: 0 }),
  },
  {
    label: "conjugateKernel relu, n/d=0.5, width/d=1",
    size: "n=200, d=400, d₁=400",
    law: () => conjugateKernel({ nOverD: 0.5, widthOverD: 1, activation: "relu" }),
    model: ckModel,
    params: { n: 200, d: 400, widths: [400], activation: "relu" },
    trials: 2,
    outliers: () => ({ count: 1 }),
  },
  {
    label: "conjugateKernel tanh, 2 layers, n/d=1, widths/d=[1.5, 1]",
    size: "n=300, d=300, d₁=450, d₂=300",
    law: () => conjugateKernel({ nOverD: 1, widthOverD: [1.5, 1], activation: "tanh" }),
    model: ckModel,
    params: { n: 300, d: 300, widths: [450, 300], activation: "tanh" },
    trials: 2,
    outliers: () => ({ count: 0 }),
  },
  {
    label: "ntkLinear relu, n/d=0.5, p/d=1",
    size: "n=200, d=400, p=400",
    law: () => ntkLinear({ nOverD: 0.5, widthOverD: 1, activation: "relu" }),
    model: ntkFull,
    params: { n: 200, d: 400, p: 400, activation: "relu", a: "rademacher" },
    trials: 2,
    outliers: () => ({ count: 2 }),
  },
  {
    label: "ntkLinear tanh, n/d=1, p/d=1",
    size: "n=300, d=300, p=300",
    law: () => ntkLinear({ nOverD: 1, widthOverD: 1, activation: "tanh" }),
    model: ntkFull,
    params: { n: 300, d: 300, p: 300, activation: "tanh", a: "rademacher" },
    trials: 2,
    outliers: () => ({ count: 2 }),
  },
  {
    label: "kernelMatrix exp, n/d=0.5",
    size: "n=300, d=600",
    law: () => kernelMatrix({ nOverD: 0.5, f: Math.exp }),
    model: kernelModel,
    params: { n: 300, d: 600, f: Math.exp },
    trials: 2,
    outliers: () => ({ count: 1 }),
  },
  {
    label: "innerProductKernel tanh (Cheng–Singer), n/d=1",
    size: "n=300, d=300",
    law: () => innerProductKernel({ nOverD: 1, f: "tanh" }),
    model: kernelModel,
    params: { n: 300, d: 300, f: (t: number) => Math.tanh(Math.sqrt(300) * t) / Math.sqrt(300), diagonal: "zero" },
    trials: 2,
    outliers: () => ({ count: 0 }),
  },
];

const rows: string[] = [];
rows.push("| law and parameters | size (trials) | outliers removed / trial | KS | L1 | bulk past the edge | law time (s) | simulation time (s) |");
rows.push("|---|---|---|---|---|---|---|---|");
for (const c of (quick ? cases.slice(0, 3) : cases).filter((k) => !only || k.label.includes(only))) {
  const t0 = performance.now();
  const law = c.law();
  const top = c.outliers();
  const t1 = performance.now();
  const res = await simulate(c.model, c.params, { trials: c.trials, seed: 2026, backend: "wasm64" });
  const t2 = performance.now();
  const t3 = performance.now();
  const tab = tabulate(law, law.hull[0], law.hull[1]);
  const t4 = performance.now();
  const edge = upperEdge(tab, law.hull[0], law.hull[1]);
  const eig: number[] = [];
  for (const t of res.trials) {
    const e = Array.from(t.eigenvalues).sort((a, b) => a - b);
    eig.push(...e.slice(0, e.length - top.count));
  }
  const ks = ksDistance(eig, tab).statistic;
  const l1 = histogramL1(eig, tab).distance;
  // Fraction of the bulk above the law's upper edge (finite-size spill; d^{-1/2} when h₂ ≠ 0).
  const spill = eig.filter((x) => x > edge).length / eig.length;
  rows.push(
    `| ${c.label} | ${c.size} (${c.trials}) | ${top.count} | ${ks.toFixed(4)} | ${l1.toFixed(4)} | ${(100 * spill).toFixed(2)} % | ${((t1 - t0 + t4 - t3) / 1000).toFixed(2)} | ${((t2 - t1) / 1000).toFixed(2)} |`,
  );
  process.stderr.write(rows[rows.length - 1] + "\n");
}
console.log(rows.join("\n"));
