import { ntkQuadratic, ntkQuadraticOutliers } from "../../src/laws/index.js";
import { simulate, ntkHadamard } from "../../src/sim/index.js";
import { tabulatedLaw, ksDistance } from "../../src/compare/index.js";
const act = "sin";
const law = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: act });
console.log(law.expr, law.hull, law.atoms);
const res = await simulate(ntkHadamard, { n: 288, d: 24, p: 24, activation: act, a: "rademacher" }, { trials: 1, seed: 1, backend: "wasm64" });
const e = Array.from(res.eigenvalues).sort((a, b) => a - b);
const q = (p: number) => e[Math.floor(p * (e.length - 1))].toFixed(4);
console.log([0.05, 0.25, 0.5, 0.75, 0.9, 0.95, 1].map(q).join(" "));
console.log(ntkQuadraticOutliers({ n: 288, d: 24, p: 24, activation: act }).interval);
const xs: number[] = [], ds: number[] = [];
for (let i = 0; i <= 400; i++) { const x = law.hull[1] * (1 - Math.cos(Math.PI * i / 400)) / 2 + 1e-12; xs.push(x); ds.push(law.stieltjes({ re: x, im: 0 }).im / Math.PI); }
const tab = tabulatedLaw(xs, ds, law.atoms);
console.log("mass", tab.tabulatedMass, "KS", ksDistance(e.slice(0, e.length - 24), tab).statistic);
