import { ntkQuadratic } from "../../src/laws/index.js";
import { simulate, ntkHadamard } from "../../src/sim/index.js";
const law = ntkQuadratic({ nOverDp: 0.5, pOverD: 1, activation: "quadratic" });
const res = await simulate(ntkHadamard, { n: 288, d: 24, p: 24, activation: "quadratic", a: "rademacher" }, { trials: 1, seed: 1, backend: "wasm64" });
const e = Array.from(res.eigenvalues).sort((a, b) => a - b);
const q = (p: number) => e[Math.floor(p * (e.length - 1))].toFixed(4);
console.log("sim", [0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1].map(q).join(" "));
let cdf = 0; const xs = [];
const h = 0.01;
let next = [0.05, 0.25, 0.5, 0.75, 0.95, 0.99]; const out: string[] = [];
for (let x = h / 2; x < 40 && next.length; x += h) {
  cdf += (law.stieltjes({ re: x, im: 0 }).im / Math.PI) * h;
  if (cdf >= next[0]) { out.push(x.toFixed(3)); next = next.slice(1); }
}
console.log("law", out.join(" "), law.atoms);
