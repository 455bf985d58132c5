/**
 * Every simulation model at n ≥ 1000 against NumPy simulations of the same model: 4 limspec
 * trials vs the pooled quantiles of 12 NumPy trials (48 for the noisy Gaussian-a NTK) in test/fixtures/sim/numpy-quantiles-large.json
 * (written by test/fixtures/sim/make_numpy_quantiles.py large). Target: KS ≤ 0.03.
 *
 *   npx tsx scripts/bench/sim-vs-numpy.ts [--backend wasm64] [--seed 11]
 *
 * Prints a Markdown table; exits 1 if any case exceeds 0.03.
 */
import { initLinalg } from "../../src/linalg/index.js";
import { simulate, type BackendChoice } from "../../src/sim/index.js";
import { ksAgainstQuantiles, loadReference, paramsFromFixture } from "../../test/sim/reference.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  await initLinalg();
  const backend = arg("backend", "wasm64") as BackendChoice;
  const seed = Number(arg("seed", "11"));
  const ref = loadReference("large");
  let worst = 0;
  console.log(`| model | parameters | route | NumPy trials | KS (4 trials, seed ${seed}, ${backend}) | time (s) |`);
  console.log(`|---|---|---|---:|---:|---:|`);
  for (const c of ref.cases) {
    const r = await simulate(c.model, paramsFromFixture(c.model, c.params) as never, { trials: 4, seed, backend });
    const ks = ksAgainstQuantiles(r.eigenvalues, c.quantiles);
    worst = Math.max(worst, ks);
    console.log(
      `| ${c.model} | \`${JSON.stringify(c.params)}\` | ${r.trials[0].route} | ${c.trials ?? ref.trials} | ${ks.toFixed(4)} | ${(r.times.total / 1000).toFixed(1)} |`,
    );
  }
  console.log(`\nworst KS ${worst.toFixed(4)} (target ≤ 0.03; NumPy reference: ${ref.levels} pooled quantiles per case)`);
  if (worst > 0.03) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
