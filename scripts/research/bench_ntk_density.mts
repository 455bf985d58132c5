/**
 * Benchmark (docs/benchmarks/laws.md): ntkQuadratic density on 1000 points, relu, Rademacher a,
 * γ₁ = nOverDp = 0.5, γ₂ = pOverD = 1, timed on one core (a fresh law object, so nothing cached),
 * and written to /tmp/ntk_density.json for the independent high-precision check in
 * scripts/research/ntk_density_reference.py.
 * Run: taskset -c 0 npx tsx scripts/research/bench_ntk_density.mts
 */
import { writeFileSync } from "node:fs";
import { ntkQuadratic, ntkCoefficients } from "../../src/laws/index.js";

const params = { nOverDp: 0.5, pOverD: 1, activation: "relu", a: "rademacher" as const };
const times: number[] = [];
let out: { x: number[]; re: number[]; im: number[] } = { x: [], re: [], im: [] };
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now();
  const law = ntkQuadratic(params);
  const [lo, hi] = law.hull;
  const res = { x: [] as number[], re: [] as number[], im: [] as number[] };
  for (let i = 0; i < 1000; i++) {
    const x = lo + ((hi - lo) * (i + 0.5)) / 1000;
    const s = law.stieltjes({ re: x, im: 0 });
    res.x.push(x);
    res.re.push(s.re);
    res.im.push(s.im);
  }
  times.push((performance.now() - t0) / 1000);
  out = res;
}
const co = ntkCoefficients("relu");
writeFileSync("/tmp/ntk_density.json", JSON.stringify({ ...out, alpha: co.alpha, delta: co.delta, gamma1: 0.5 }));
console.log(`ntkQuadratic density, 1000 points: ${times.map((t) => t.toFixed(3)).join(" s, ")} s (3 fresh runs)`);
