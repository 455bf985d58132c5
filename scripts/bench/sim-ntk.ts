/**
 * Benchmark: ntkHadamard with n = 4096, d = p = 64, relu, Rademacher a — matrix formation and
 * eigenvalues, per phase and end to end — side by side with the same model in NumPy (OpenBLAS),
 * in one run.
 *
 *   npx tsx scripts/bench/sim-ntk.ts [--n 4096] [--d 64] [--p 64] [--repeat 2] [--backends wasm64,webasm]
 *
 * Prints a Markdown table (milliseconds, median over repetitions; the first repetition also pays
 * kernel compilation/JIT and is reported separately) and the machine load. Runs are interleaved
 * (each repetition runs every implementation once); NumPy runs with its default OpenBLAS threads
 * and with one thread.
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
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
const summarise = (rows: Row[]): Row => ({
  random: median(rows.map((r) => r.random)),
  formation: median(rows.map((r) => r.formation)),
  eigenvalues: median(rows.map((r) => r.eigenvalues)),
  total: median(rows.map((r) => r.total)),
});

function numpyRun(seed: number, threads?: number): Row {
  const py = fileURLToPath(new URL("./sim_ntk_numpy.py", import.meta.url));
  const env = threads === undefined ? process.env : { ...process.env, OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads) };
  const out = execFileSync("python3", [py, String(n), String(d), String(p), "1", String(seed)], { encoding: "utf8", env });
  return JSON.parse(out.trim()) as Row;
}

async function main(): Promise<void> {
  const load0 = loadavg();
  await initLinalg();
  const params = { n, d, p, activation: "relu", a: "rademacher" } as const;
  const opened = await Promise.all(backends.map((b) => openBackend(b)));
  const rows = new Map<string, Row[]>();
  const routes = new Map<string, string>();
  const push = (name: string, row: Row): void => {
    rows.set(name, [...(rows.get(name) ?? []), row]);
    process.stderr.write(`${name}: ${row.total.toFixed(0)} ms\n`);
  };
  // Interleaved: each repetition runs every implementation once, so load changes hit all alike.
  for (let r = 0; r <= repeat; r++) {
    for (const backend of opened) {
      const t0 = performance.now();
      const res = await simulate("ntkHadamard", params, { seed: 1000 + r, backend });
      const total = performance.now() - t0;
      routes.set(`limspec ${backend.name}`, `${res.trials[0].route} ${res.trials[0].dim}×${res.trials[0].dim}`);
      push(`limspec ${backend.name}`, { random: res.times.random, formation: res.times.formation, eigenvalues: res.times.eigenvalues, total });
    }
    push("NumPy (OpenBLAS, default threads)", numpyRun(1000 + r));
    push("NumPy (OpenBLAS, 1 thread)", numpyRun(1000 + r, 1));
  }
  for (const b of opened) b.dispose();
  const load1 = loadavg();
  const base = summarise(rows.get("NumPy (OpenBLAS, default threads)")!.slice(1));
  const f = (x: number): string => x.toFixed(0);
  console.log(`ntkHadamard n = ${n}, d = ${d}, p = ${p}, relu, Rademacher a; median of ${repeat} interleaved runs after one warm-up (ms)\n`);
  console.log(`| implementation | matrix | random | formation | eigenvalues | end to end | vs NumPy (default threads) | first run end to end |`);
  console.log(`|---|---|---:|---:|---:|---:|---:|---:|`);
  for (const [name, rs] of rows) {
    const st = summarise(rs.slice(1));
    console.log(
      `| ${name} | ${routes.get(name) ?? `direct ${n}×${n}`} | ${f(st.random)} | ${f(st.formation)} | ${f(st.eigenvalues)} | ${f(st.total)} | ${(st.total / base.total).toFixed(2)}× | ${f(rs[0].total)} |`,
    );
  }
  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}; load average (1, 5, 15 min) before ${load0.map((x) => x.toFixed(2)).join(" ")}, after ${load1.map((x) => x.toFixed(2)).join(" ")}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
