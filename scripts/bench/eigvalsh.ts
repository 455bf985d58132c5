/**
 * Benchmark of limspec's WebAssembly eigvalsh against NumPy (LAPACK via OpenBLAS) and ml-matrix
 * on Wishart matrices W = X Xᵀ / n (X n×n standard Gaussian, seeded), side by side in one run.
 *
 *   npx tsx scripts/bench/eigvalsh.ts [--sizes 500,1000,2000,4000] [--ml-max 1000]
 *        [--python /usr/bin/python3] [--json out.json]
 *
 * Each implementation runs in its own child process on the same matrix file, so peak memory
 * (VmHWM) is per implementation. Memory reported for limspec: peak RSS minus the RSS
 * before the matrix was read (= input matrix + module memory + transients), against the target
 * 1.5 × matrix bytes + 64 MB. Baseline setup: scripts/bench/eigvalsh.setup.sh.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readSync, unlinkSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

function readMatrix(path: string, n: number): Float64Array {
  const a = new Float64Array(n * n);
  const bytes = new Uint8Array(a.buffer);
  const fd = openSync(path, "r");
  let at = 0;
  while (at < bytes.length) {
    const got = readSync(fd, bytes, at, Math.min(bytes.length - at, 1 << 30), at);
    if (got <= 0) throw new Error(`short read of ${path}`);
    at += got;
  }
  closeSync(fd);
  return a;
}

/**
 * Peak resident set of this process image (VmHWM). Not getrusage's maxRSS: Linux carries that
 * over from the parent across fork + exec, so a child would report the parent's size.
 */
function maxRss(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

function summary(w: ArrayLike<number>): { min: number; max: number; sum: number } {
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += w[i];
  return { min: w[0], max: w[w.length - 1], sum };
}

/** Child process: time one implementation and print a JSON line. */
async function child(kind: string, path: string, n: number, reps: number): Promise<void> {
  if (kind === "limspec") {
    const { eigvalsh, initLinalg, linalgHelperRunning } = await import("../../src/linalg/index.js");
    await initLinalg(); // waits for the helper thread unless LIMSPEC_LINALG_THREADS=1
    eigvalsh(new Float64Array([2, 1, 1, 2]));
    const threads = linalgHelperRunning() ? 2 : 1;
    const rssBeforeMatrix = maxRss();
    const a = readMatrix(path, n);
    const rssWithMatrix = maxRss();
    const times: number[] = [], cpu: number[] = [];
    let w: Float64Array = new Float64Array(0);
    for (let r = 0; r < reps; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      w = eigvalsh(a);
      times.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1e6);
    }
    console.log(JSON.stringify({ threads, times, cpu, rssBeforeMatrix, rssWithMatrix, peakRss: maxRss(), ...summary(w) }));
  } else if (kind === "ml-matrix") {
    const { EigenvalueDecomposition, Matrix } = await import("ml-matrix");
    const a = readMatrix(path, n);
    const rows: number[][] = [];
    for (let i = 0; i < n; i++) rows.push(Array.from(a.subarray(i * n, (i + 1) * n)));
    const m = new Matrix(rows);
    const times: number[] = [];
    let w: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      w = new EigenvalueDecomposition(m, { assumeSymmetric: true }).realEigenvalues;
      times.push((performance.now() - t0) / 1000);
    }
    w.sort((x, y) => x - y);
    console.log(JSON.stringify({ times, peakRss: maxRss(), ...summary(w) }));
  }
}

interface Run {
  times: number[];
  cpu?: number[];
  peakRss: number;
  rssBeforeMatrix?: number;
  rssWithMatrix?: number;
  min: number;
  max: number;
  sum: number;
  [k: string]: unknown;
}

function runChild(cmd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(cmd, args, {
    encoding: "utf8", maxBuffer: 1 << 26, cwd: join(SCRIPT, "../../.."), env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  const line = r.stdout.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  if (!line) throw new Error(`${cmd} printed no result:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line) as Run;
}

/** Seeded standard normals (xorshift128+ → Box–Muller), deterministic across runs. */
function normals(count: number, seed: number): Float64Array {
  let s0 = BigInt(seed) | 1n, s1 = 0x9e3779b97f4a7c15n ^ BigInt(seed);
  const mask = (1n << 64n) - 1n;
  const next = (): number => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= (x << 23n) & mask;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number(((s1 + y) & mask) >> 11n) / 2 ** 53;
  };
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const u1 = next() || 2 ** -53, u2 = next();
    const r = Math.sqrt(-2 * Math.log(u1));
    out[i] = r * Math.cos(2 * Math.PI * u2);
    if (i + 1 < count) out[i + 1] = r * Math.sin(2 * Math.PI * u2);
  }
  return out;
}

const fmt = (s: number): string => (s >= 10 ? s.toFixed(1) : s >= 1 ? s.toFixed(2) : s.toFixed(3));
const best = (r: Run): number => Math.min(...r.times);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args[2], Number(args[3]), Number(args[4]));
  const opt = (name: string, dflt: string): string => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const sizes = opt("--sizes", "500,1000,2000,4000").split(",").map(Number);
  const mlMax = Number(opt("--ml-max", "1000"));
  const python = opt("--python", existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
  const jsonOut = opt("--json", "");
  const { gramOuter } = await import("../../src/linalg/index.js");

  const header = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: `${cpus()[0]?.model ?? "?"} × ${cpus().length}`,
    loadavgStart: loadavg(),
    command: `npx tsx scripts/bench/eigvalsh.ts ${args.join(" ")}`.trim(),
  };
  console.error(`# ${header.date}  ${header.cpu}  node ${header.node}  load ${header.loadavgStart.map((x) => x.toFixed(2)).join(" ")}`);
  const rows: Record<string, unknown>[] = [];
  let numpyInfo: Run | null = null;
  for (const n of sizes) {
    const reps = n <= 1000 ? 5 : n <= 2000 ? 3 : 2;
    const x = normals(n * n, 1000 + n);
    const w = gramOuter(x, n, n);
    for (let t = 0; t < w.length; t++) w[t] /= n;
    const path = join(tmpdir(), `limspec-bench-${process.pid}-${n}.bin`);
    writeFileSync(path, new Uint8Array(w.buffer));
    try {
      const tsx = ["--import", "tsx", SCRIPT, "--child"];
      const lim = runChild(process.execPath, [...tsx, "limspec", path, String(n), String(reps)]);
      const lim1 = runChild(process.execPath, [...tsx, "limspec", path, String(n), String(reps)], {
        LIMSPEC_LINALG_THREADS: "1",
      });
      const np = runChild(python, [join(SCRIPT, "../eigvalsh.numpy.py"), path, String(n), String(reps)]);
      numpyInfo = np;
      const ml = n <= mlMax ? runChild(process.execPath, [...tsx, "ml-matrix", path, String(n), "1"]) : null;
      const bytes = n * n * 8;
      const used = lim.peakRss - (lim.rssBeforeMatrix as number);
      const row = {
        n,
        reps,
        limspec: best(lim),
        limspecThreads: lim.threads,
        limspecOneThread: best(lim1),
        limspecCpu: Math.min(...(lim.cpu as number[])),
        numpy: best(np),
        mlMatrix: ml ? best(ml) : null,
        ratioToNumpy: best(lim) / best(np),
        speedupOverMlMatrix: ml ? best(ml) / best(lim) : null,
        limspecMemoryMB: used / MB,
        limspecPeakRssMB: lim.peakRss / MB,
        memoryTargetMB: (1.5 * bytes) / MB + 64,
        numpyMemoryMB: (np.peakRss - (np.rssBeforeMatrix as number)) / MB,
        agreement: Math.max(Math.abs(lim.min - np.min), Math.abs(lim.max - np.max)) / Math.abs(np.max),
        loadavg: loadavg()[0],
        limspecTimes: lim.times,
        numpyTimes: np.times,
      };
      rows.push(row);
      console.error(
        `n=${n}: limspec ${fmt(row.limspec)} s (${row.limspecThreads} threads, cpu ${fmt(row.limspecCpu)} s; ` +
          `1 thread ${fmt(row.limspecOneThread)} s), numpy ${fmt(row.numpy)} s, ` +
          `ml-matrix ${ml ? fmt(best(ml)) + " s" : "—"}, ratio ${row.ratioToNumpy.toFixed(2)}, ` +
          `memory ${row.limspecMemoryMB.toFixed(0)} MiB (target ${row.memoryTargetMB.toFixed(0)} MiB), load ${row.loadavg.toFixed(2)}`,
      );
    } finally {
      unlinkSync(path);
    }
  }
  const lines = [
    "| n | limspec (s) | limspec 1 thread (s) | NumPy (s) | ml-matrix (s) | limspec / NumPy | ml-matrix / limspec | limspec memory (MiB) | target (MiB) | NumPy memory (MiB) | load (1 min) |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const v = r as Record<string, number | null>;
      return `| ${v.n} | ${fmt(v.limspec as number)} (${v.limspecThreads} thr) | ${fmt(v.limspecOneThread as number)} | ${fmt(v.numpy as number)} | ${v.mlMatrix === null ? "—" : fmt(v.mlMatrix as number)} | ${(v.ratioToNumpy as number).toFixed(2)} | ${v.speedupOverMlMatrix === null ? "—" : (v.speedupOverMlMatrix as number).toFixed(0) + "×"} | ${(v.limspecMemoryMB as number).toFixed(0)} | ${(v.memoryTargetMB as number).toFixed(0)} | ${(v.numpyMemoryMB as number).toFixed(0)} | ${(v.loadavg as number).toFixed(2)} |`;
    }),
  ];
  console.log(lines.join("\n"));
  if (numpyInfo)
    console.log(
      `\nNumPy ${numpyInfo.numpy} (${numpyInfo.python}); BLAS/LAPACK loaded: ${(numpyInfo.blasLibraries as string[]).join(", ")}; ` +
        `OpenBLAS threads: ${numpyInfo.openblasThreads ?? "unknown"}${numpyInfo.openblasConfig ? ` (${numpyInfo.openblasConfig})` : ""}`,
    );
  console.log(`${header.cpu}; node ${header.node}; load average at start ${header.loadavgStart.map((x) => x.toFixed(2)).join(", ")}, at end ${loadavg().map((x) => x.toFixed(2)).join(", ")}`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ ...header, numpy: numpyInfo, rows }, null, 1));
}

await main();
