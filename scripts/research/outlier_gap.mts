/**
 * Outliers vs the finite-size spill of the bulk in the quadratic-scaling NTK (docs/math/ntk-quadratic.md §5).
 * For each activation and d (γ₁ = n/(dp) = 0.625, γ₂ = p/d = 2, Rademacher a, wasm64 float64): the
 * predicted outlier count, the number of eigenvalues above `cut` (the gap threshold of
 * ntkQuadraticOutliers) per trial, the fraction of the remaining (bulk) eigenvalues above the limit
 * edge ("spill"), spill·√d, and the largest bulk eigenvalue relative to the edge.
 * Run: npx tsx scripts/research/outlier_gap.mts [--d 20,40,60] [--activations relu,gelu,tanh,erf,sin] [--trials 2]
 */
import { ntkQuadraticOutliers, sim } from "../../src/index.js";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const ds = arg("d", "20,40,60").split(",").map(Number);
const activations = arg("activations", "relu,gelu,tanh,erf,sin").split(",");
const trials = Number(arg("trials", "2"));

console.log("| activation | d | p | n | predicted count | above cut (per trial) | cut / edge | spill past edge | spill·√d | max bulk / edge − 1 |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const activation of activations) {
  for (const d of ds) {
    const p = 2 * d;
    const n = Math.round(0.625 * d * p);
    const o = ntkQuadraticOutliers({ n, d, p, activation });
    const res = await sim.simulate(sim.ntkHadamard, { n, d, p, activation, a: "rademacher" }, { trials, seed: 7 + d, backend: "wasm64" });
    const above: number[] = [];
    let spilled = 0;
    let bulkCount = 0;
    let maxBulk = -Infinity;
    for (const t of res.trials) {
      const e = Array.from(t.eigenvalues).sort((x, y) => x - y);
      above.push(o.cut === null ? NaN : e.filter((x) => x > o.cut!).length);
      const bulk = e.slice(0, e.length - o.count);
      spilled += bulk.filter((x) => x > o.bulkEdge).length;
      bulkCount += bulk.length;
      maxBulk = Math.max(maxBulk, bulk[bulk.length - 1]);
    }
    const spill = spilled / bulkCount;
    console.log(
      `| ${activation} | ${d} | ${p} | ${n} | ${o.count} | ${above.join(", ")} | ${o.cut === null ? "—" : (o.cut / o.bulkEdge).toFixed(2)} | ${(100 * spill).toFixed(2)} % | ${(spill * Math.sqrt(d)).toFixed(3)} | ${(maxBulk / o.bulkEdge - 1).toFixed(3)} |`,
    );
  }
}
