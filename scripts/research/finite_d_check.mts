/**
 * The finite-d law (ntkQuadratic with `d`, the row-norm scale mixture of docs/math/ntk-quadratic.md §6)
 * against the limit law and simulation: KS of the bulk (top `count` eigenvalues removed) against each
 * law, and the number of bulk eigenvalues above the limit edge, simulated vs predicted by the finite-d
 * law (n·mass above that edge). Rademacher a, wasm64 float64, 2 trials.
 * Run: npx tsx scripts/research/finite_d_check.mts [--cases tanh:0.625:2:20,tanh:0.625:2:40,...]
 */
import { compareSpectrum, lawDistribution, ntkQuadratic, ntkQuadraticOutliers, sim, cdf } from "../../src/index.js";

const i = process.argv.indexOf("--cases");
const spec = i >= 0 ? process.argv[i + 1] : "tanh:0.625:2:20,tanh:0.625:2:40,sin:0.625:2:20,sin:0.625:2:40,erf:0.625:2:40,relu:0.5:1:24,gelu:0.5:0.5:30,silu:2:2:16,softplus:0.5:1:24,quadratic:0.5:1:24";
console.log("| activation | γ₁ | γ₂ | d | n | KS limit | KS finite-d | past limit edge: simulated | finite-d law | law time (s) |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const c of spec.split(",")) {
  const [act, g1s, g2s, ds] = c.split(":");
  const [g1, g2, d] = [Number(g1s), Number(g2s), Number(ds)];
  const p = Math.round(g2 * d);
  const n = Math.round(g1 * d * p);
  const t0 = performance.now();
  const limit = ntkQuadratic({ nOverDp: g1, pOverD: g2, activation: act });
  const finite = ntkQuadratic({ nOverDp: g1, pOverD: g2, activation: act, d });
  const limitDist = lawDistribution(limit);
  const finiteDist = lawDistribution(finite);
  const t1 = performance.now();
  const out = ntkQuadraticOutliers({ n, d, p, activation: act });
  const res = await sim.simulate("ntkHadamard", { n, d, p, activation: act, a: "rademacher" }, { trials: 2, seed: 100 + d, backend: "wasm64" });
  const bulk: number[] = [];
  for (const t of res.trials) {
    const e = Array.from(t.eigenvalues).sort((x, y) => x - y);
    bulk.push(...e.slice(0, e.length - out.count));
  }
  const ksL = compareSpectrum(bulk, limitDist).ks.statistic;
  const ksF = compareSpectrum(bulk, finiteDist).ks.statistic;
  const past = bulk.filter((x) => x > out.bulkEdge).length / res.trials.length;
  const predicted = (1 - cdf(finite, out.bulkEdge)) * (n - out.count);
  console.log(`| ${act} | ${g1} | ${g2} | ${d} | ${n} | ${ksL.toFixed(4)} | ${ksF.toFixed(4)} | ${past.toFixed(1)} | ${predicted.toFixed(1)} | ${((t1 - t0) / 1000).toFixed(1)} |`);
}
