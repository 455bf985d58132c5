import { atoms, dirac } from "../../src/measures/index.js";
import { ntkQuadraticPopulation, pairSumLaw } from "../../src/laws/index.js";
const nu = atoms([0.5, 1.5], [0.5, 0.5]);
for (const a of [dirac(1), nu]) {
  const chi = pairSumLaw(1, a);
  const R = 1e3;
  const s = chi.stieltjes({ re: 0, im: R });
  console.log(a.expr, "mean χ ≈", R * R * s.re, "hull", chi.hull, "atoms", chi.atoms);
  let t = performance.now();
  for (const x of [0.5, 1, 2, 4]) console.log("  density", x, chi.stieltjes({ re: x, im: 0 }).im / Math.PI);
  console.log("  ms", performance.now() - t);
}
