import { ntkQuadratic, ntkQuadraticOutliers } from "../../src/laws/index.js";
import { simulate, ntkHadamard } from "../../src/sim/index.js";
import { tabulatedLaw, ksDistance } from "../../src/compare/index.js";
for (const [g2, d] of [[4, 16], [4, 24], [1, 32]] as const) {
  const p = g2 * d, n = Math.round(0.25 * d * p);
  const law = ntkQuadratic({ nOverDp: 0.25, pOverD: g2, activation: "softplus" });
  const out = ntkQuadraticOutliers({ n, d, p, activation: "softplus" });
  const res = await simulate(ntkHadamard, { n, d, p, activation: "softplus", a: "rademacher" }, { trials: 1, seed: 3, backend: "wasm64" });
  const e = Array.from(res.eigenvalues).sort((a, b) => a - b).slice(0, n - out.count);
  const xs: number[] = [], ds: number[] = [];
  const [lo, hi] = law.hull;
  for (let i = 0; i <= 400; i++) { const x = lo + (hi - lo) * (1 - Math.cos(Math.PI * i / 400)) / 2; xs.push(x); ds.push(i === 0 || i === 400 ? 0 : law.stieltjes({ re: x, im: 0 }).im / Math.PI); }
  const tab = tabulatedLaw(xs, ds, law.atoms);
  console.log(g2, d, p, n, "count", out.count, "KS", ksDistance(e, tab).statistic.toFixed(4), "q50 sim", e[Math.floor(e.length / 2)].toFixed(4), "top bulk", e[e.length - 1].toFixed(3), out.interval);
}
