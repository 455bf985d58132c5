/**
 * Example: the Benigni–Paquette NTK law (quadratic scaling) for ReLU against a simulation.
 * Run: npx tsx scripts/ntk-relu.ts [n d p]          (in your project import from "limspec")
 */
import { compareSpectrum, lawDistribution, ntkQuadratic, ntkQuadraticOutliers, sim, supportEdges } from "../src/index.js";

const [n, d, p] = process.argv.slice(2).map(Number).length === 3 ? process.argv.slice(2).map(Number) : [1000, 20, 40];
const params = { nOverDp: n / (d * p), pOverD: p / d, activation: "relu", a: "rademacher" as const };
const law = ntkQuadratic(params);
const outliers = ntkQuadraticOutliers({ n, d, p, activation: "relu", a: "rademacher" });
const run = await sim.simulate("ntkHadamard", { n, d, p, activation: "relu", a: "rademacher" }, { seed: 1, trials: 1 });
const cmp = compareSpectrum(run.eigenvalues, lawDistribution(law));
console.log(`law ${law.expr}`);
console.log(`support ${JSON.stringify(supportEdges(law))}`);
console.log(`n = ${n}, d = ${d}, p = ${p}: KS ${cmp.ks.statistic.toFixed(4)}, W1 ${cmp.wasserstein1.toExponential(2)}, L1 ${cmp.l1.toFixed(4)}`);
console.log(`eigenvalues outside the support: ${cmp.outside.count} (predicted outliers: ${outliers.count})`);
