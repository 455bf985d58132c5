/**
 * Benchmark of the real-axis solvers (issue 3), side by side with the classic approach in one run:
 *   (i)   mp(0.5) density on 1000 points (closed form, and the MP-map solver with ν = δ₁),
 *   (ii)  mpMap(0.5, ν) with a 100-atom ν on 1000 points,
 *   (iii) freeAdd(semicircle(1), mp(0.5)) (two continuous laws) on 1000 points.
 * limspec solves on the real axis itself; the classic approach is a vectorised NumPy fixed-point
 * iteration at Im z = 1e-6 (scripts/bench/transforms_numpy.py). Errors are against the same
 * equations solved with mpmath at 40 digits (or the closed form).
 *
 * Run: npx tsx scripts/bench/transforms.ts [--json out.json]
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { atoms, dirac, mp, semicircle } from "../../src/measures/index.js";
import type { Measure } from "../../src/measures/measure.js";
import { freeAdd, mpMap } from "../../src/transforms/index.js";
import { densityOnGrid } from "../../src/spectrum/index.js";

const N = 1000;
const grid = (a: number, b: number) => Array.from({ length: N }, (_, i) => a + ((b - a) * (i + 0.5)) / N);

// A 100-atom ν: t_k spread over [0.5, 5] with smoothly varying weights (fixed, reproducible).
const t = Array.from({ length: 100 }, (_, k) => 0.5 + (4.5 * k) / 99);
const wRaw = t.map((tk) => 1 + 0.5 * Math.sin(tk));
const wSum = wRaw.reduce((a, b) => a + b, 0);
const w = wRaw.map((v) => v / wSum);

interface Case {
  name: string;
  law: () => Measure;
  x: number[];
  job: Record<string, unknown>;
}

const g1 = (1 - Math.sqrt(0.5)) ** 2;
const g2 = (1 + Math.sqrt(0.5)) ** 2;
const cases: Case[] = [
  { name: "mp(0.5) closed form", law: () => mp(0.5), x: grid(g1, g2), job: { kind: "mp", ratio: 0.5 } },
  { name: "mpMap(0.5, δ₁) solver", law: () => mpMap(0.5, dirac(1)), x: grid(g1, g2), job: { kind: "mp", ratio: 0.5 } },
  { name: "mpMap(0.5, 100 atoms)", law: () => mpMap(0.5, atoms(t, w)), x: grid(0, 12), job: { kind: "mpMapAtoms", gamma: 0.5, t, w } },
  {
    name: "freeAdd(semicircle(1), mp(0.5))",
    law: () => freeAdd(semicircle(1), mp(0.5)),
    x: grid(-2.5, 5),
    job: { kind: "semicircleFreeAddMp", variance: 1, ratio: 0.5 },
  },
];

const rows: Record<string, unknown>[] = [];
const jobCases: Record<string, unknown>[] = [];
const ours: { density: ArrayLike<number>; seconds: number }[] = [];
for (const c of cases) {
  // Fresh measure each repetition (no warm caches across repetitions); best of 3.
  let best = Infinity;
  let density: ArrayLike<number> = [];
  let s: [number, number][] = [];
  for (let rep = 0; rep < 3; rep++) {
    const law = c.law();
    const t0 = performance.now();
    density = densityOnGrid(law, c.x).density;
    best = Math.min(best, (performance.now() - t0) / 1e3);
    if (rep === 0) s = c.x.map((x) => {
      try {
        const v = law.stieltjes({ re: x, im: 0 });
        return [v.re, v.im];
      } catch {
        return [0, 0];
      }
    });
  }
  ours.push({ density, seconds: best });
  jobCases.push({ name: c.name, x: c.x, limspec_s: s, ...c.job });
  process.stderr.write(`limspec ${c.name}: ${(best * 1e3).toFixed(1)} ms\n`);
}

process.stderr.write("running NumPy fixed point (Im z = 1e-6) and mpmath references…\n");
const py = spawnSync("python3", ["scripts/bench/transforms_numpy.py"], { input: JSON.stringify({ eta: 1e-6, cases: jobCases }), maxBuffer: 1 << 28 });
if (py.status !== 0) throw new Error(`python3 failed: ${py.stderr.toString()}`);
const ref = JSON.parse(py.stdout.toString());

const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};
cases.forEach((c, i) => {
  const r = ref[c.name];
  const errOurs = maxAbs(ours[i].density, r.reference);
  const errNumpy = maxAbs(r.numpy, r.reference);
  rows.push({
    case: c.name,
    limspec_ms: +(ours[i].seconds * 1e3).toFixed(2),
    numpy_ms: +(r.numpy_seconds * 1e3).toFixed(1),
    numpy_iterations: r.numpy_iterations,
    speedup: +(r.numpy_seconds / ours[i].seconds).toFixed(1),
    limspec_max_abs_err: +errOurs.toExponential(2),
    numpy_max_abs_err: +errNumpy.toExponential(2),
    error_ratio: +(errNumpy / Math.max(errOurs, 1e-300)).toExponential(2),
  });
});
console.table(rows);
const meta = { machine: `${cpus().length}× ${cpus()[0].model}`, node: process.version, numpy: ref._numpy, date: new Date().toISOString() };
console.log(JSON.stringify(meta));
const out = process.argv.indexOf("--json");
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify({ meta, rows }, null, 2));
