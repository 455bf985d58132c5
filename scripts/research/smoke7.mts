import { atoms } from "../../src/measures/index.js";
import { pairSumLaw } from "../../src/laws/index.js";
import { mpMap, convolve } from "../../src/transforms/index.js";
const nu = atoms([0.5, 1.5], [0.5, 0.5]);
const rho = mpMap(1, nu);
const rr = convolve(rho, rho);
for (const im of [1, 10, 100, 1000, 1e4]) {
  try { console.log(im, rho.stieltjes({ re: 0, im }), rr.stieltjes({ re: 0, im })); } catch (e) { console.log(im, String(e).slice(0, 200)); }
}
