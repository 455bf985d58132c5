/**
 * Benchmark: cost of one Stieltjes-transform evaluation for the closed-form measures, on a fixed
 * set of points of the closed upper half plane (half on the real axis, half off it).
 * Run: npx tsx scripts/bench/measures-stieltjes.ts
 */
import { atoms, chiSquare, faddeeva, mp, semicircle, uniform } from "../../src/measures/index.js";
import type { Complex } from "../../src/core/complex.js";

const N = 200_000;
const pts: Complex[] = [];
for (let i = 0; i < N; i++) {
  const x = -2 + (8 * (i + 0.37)) / N;
  pts.push({ re: x, im: i % 2 === 0 ? 0 : 0.001 + (i % 7) * 0.3 });
}
const xs = Array.from({ length: 100 }, (_, i) => 0.5 + i * 0.0377);

function time(name: string, f: (z: Complex) => Complex): void {
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += f(pts[i]).re; // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) sink += f(pts[i]).im;
  const ns = Number(process.hrtime.bigint() - t0) / N;
  console.log(`| ${name} | ${ns.toFixed(0)} |${Number.isFinite(sink) ? "" : " (non-finite)"}`);
}

console.log("| evaluation | ns per call |\n|---|---|");
const m = mp(0.5);
time("mp(0.5).stieltjes", (z) => m.stieltjes(z));
const s = semicircle();
time("semicircle().stieltjes", (z) => s.stieltjes(z));
const u = uniform(0, 1);
time("uniform(0, 1).stieltjes", (z) => u.stieltjes({ re: z.re === 0 ? 0.5 : z.re, im: z.im }));
const a = atoms(xs, xs.map(() => 0.01));
time("atoms (100 atoms).stieltjes", (z) => a.stieltjes({ re: z.re, im: z.im + 1e-3 }));
time("faddeeva(z)", (z) => faddeeva(z));
for (const k of [1, 2, 5]) {
  const c = chiSquare(k);
  time(`chiSquare(${k}).stieltjes`, (z) => c.stieltjes(z.re === 0 && z.im === 0 ? { re: 1, im: 0 } : z));
}
