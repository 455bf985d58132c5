import { dirac, mixture, mp } from "../../src/measures/index.js";
import { convolve } from "../../src/transforms/index.js";
const r = mp(1, 1);
const rr = convolve(r, r);
const m = mixture([rr, dirac(0.5)], [0.5, 0.5]);
const gamma = 0.5;
for (const nu of [rr, m]) {
  for (const w of [8.001, 8.1, 9, 12, 20, 100, 1e3, 1e4, 1e5]) {
    const s = nu.stieltjes({ re: w, im: 0 }).re, ds = nu.stieltjesDerivative({ re: w, im: 0 }).re;
    console.log(w, s, ds, gamma - 1 - 2 * w * s - w * w * ds);
  }
}
