/**
 * Example: free additive and multiplicative convolutions, and a classical one, composed.
 * Run: npx tsx scripts/free-convolution.ts          (in your project import from "limspec")
 */
import { atoms, convolve, freeAdd, freeMul, moments, mp, mpMap, semicircle, supportEdges, totalMass, uniform } from "../src/index.js";

const arcsine = freeAdd(atoms([-1, 1], [0.5, 0.5]), atoms([-1, 1], [0.5, 0.5]));
console.log(`Bernoulli ⊞ Bernoulli: density at 0 = ${(arcsine.stieltjes({ re: 0, im: 0 }).im / Math.PI).toFixed(12)} (arcsine: 1/(2π) = ${(1 / (2 * Math.PI)).toFixed(12)})`);

const sc = freeAdd(semicircle(1), mp(0.3));
console.log(`semicircle(1) ⊞ mp(0.3): support ${JSON.stringify(supportEdges(sc))}, moments ${moments(sc, 4).map((m) => m.toFixed(6))}`);

const fm = freeMul(mp(1), mp(1));
console.log(`mp(1) ⊠ mp(1): moments ${moments(fm, 4)} (Fuss–Catalan 1, 3, 12, 55), support ${JSON.stringify(supportEdges(fm))}`);

const deep = mpMap(0.5, freeAdd(convolve(uniform(0, 1), uniform(0, 1)), mp(0.2)));
console.log(`mpMap(0.5, (U * U) ⊞ mp(0.2)): mass ${totalMass(deep).toFixed(12)}, support ${JSON.stringify(supportEdges(deep))}`);
