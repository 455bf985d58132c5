/**
 * Benchmark: ntkHadamard with n = 4096, d = p = 64, relu, Rademacher a — matrix formation and
 * eigenvalues, per phase and end to end — side by side with the same model in NumPy (OpenBLAS),
 * in one run.
 *
 *   npx tsx scripts/bench/sim-ntk.ts [--n 4096] [--d 64] [--p 64] [--repeat 2] [--backends wasm64,webasm]
 *
 * Prints a Markdown table (milliseconds, median over repetitions; the first repetition of each
 * backend also pays kernel compilation/JIT and is reported separately) and the machine load.
 */
import { execFileSync } from "node:child_process";
import { loadavg, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { initLinalg } from "../../src/linalg/index.js";
import { openBackend, simulate, type BackendName } from "../../src/sim/index.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const n = Number(arg("n", "4096"));
const d = Number(arg("d", "64"));
const p = Number(arg("p", "64"));
const repeat = Number(arg("repeat", "2"));
const backends = arg("backends", "wasm64,webasm").split(",") as BackendName[];

type Row = { random: number; formation: number; eigenvalues: number; total: number };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const summarise = (rows: Row[]): Row => ({
  random: median(rows.map((r) => r.random)),
  formation: median(rows.map((r) => r.formation)),
  eigenvalues: median(rows.map((r) => r.eigenvalues)),
  total: median(rows.map((r) => r.total)),
});

async function main(): Promise<void> {
  const load0 = loadavg();
  await initLinalg();
  const params = { n, d, p, activation: "relu", a: "rademacher" } as const;
  const results: { name: string; first: Row; steady: Row; route: string }[] = [];

  for (const name of backends) {
    const backend = await openBackend(name);
    const rows: Row[] = [];
    let route = "";
    for (let r = 0; r <= repeat; r++) {
      const t0 = performance.now();
      const res = await simulate("ntkHadamard", params, { seed: 1000 + r, backend });
      const total = performance.now() - t0;
      route = `${res.trials[0].route} ${res.trials[0].dim}×${res.trials[0].dim}`;
      rows.push({ random: res.times.random, formation: res.times.formation, eigenvalues: res.times.eigenvalues, total });
      process.stderr.write(`${name} rep ${r}: ${total.toFixed(0)} ms\n`);
    }
    backend.dispose();
    results.push({ name: `limspec ${name}`, first: rows[0], steady: summarise(rows.slice(1)), route });
  }

  const py = fileURLToPath(new URL("./sim_ntk_numpy.py", import.meta.url));
  const out = execFileSync("python3", [py, String(n), String(d), String(p), String(repeat + 1)], { encoding: "utf8" });
  const npRows = out.trim().split("\n").map((l) => JSON.parse(l) as Row);
  const np = { name: "NumPy (OpenBLAS)", first: npRows[0], steady: summarise(npRows.slice(1)), route: `direct ${n}×${n}` };
  const load1 = loadavg();

  const f = (x: number): string => x.toFixed(0);
  console.log(`ntkHadamard n = ${n}, d = ${d}, p = ${p}, relu, Rademacher a; median of ${repeat} runs after one warm-up (ms)\n`);
  console.log(`| implementation | matrix | random | formation | eigenvalues | end to end | vs NumPy | first run end to end |`);
  console.log(`|---|---|---:|---:|---:|---:|---:|---:|`);
  for (const r of [...results, np])
    console.log(
      `| ${r.name} | ${r.route} | ${f(r.steady.random)} | ${f(r.steady.formation)} | ${f(r.steady.eigenvalues)} | ${f(r.steady.total)} | ${(r.steady.total / np.steady.total).toFixed(2)}× | ${f(r.first.total)} |`,
    );
  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}; load average before ${load0.map((x) => x.toFixed(2)).join(" ")}, after ${load1.map((x) => x.toFixed(2)).join(" ")}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
