/**
 * Benchmark: Gaussian moments of φ = σ′ (m0, alpha, beta2, Hermite 0..6) per built-in activation,
 * computed cold (a fresh Activation each run, so the per-activation cache does not help), plus the
 * construction of Gauss rules. Prints a Markdown table; median of `runs` repetitions.
 *
 * Run: npx tsx scripts/bench/activations-moments.ts [runs]
 */
import { cpus, loadavg } from "node:os";
import { activation, phiMoments } from "../../src/activations/index.js";
import { gaussHermite, gaussLegendre } from "../../src/core/gaussRules.js";
import { integrate } from "../../src/core/quadrature.js";

const runs = Number(process.argv[2] ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const specs = ["linear", "relu", "leakyRelu(0.1)", "tanh", "sigmoid", "erf", "gelu", "silu", "softplus", "sin", "cos", "abs", "quadratic", "hermite(5)", "custom(sigma: x^3 - sin(x))"];
console.log(`node ${process.version}, ${cpus()[0]?.model ?? "cpu"}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}, median of ${runs} runs`);
console.log("");
console.log("| activation | phiMoments (cold), ms |");
console.log("|---|---|");
for (const spec of specs) {
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const act = activation(spec);
    ts.push(time(() => phiMoments(act)));
  }
  console.log(`| ${spec} | ${median(ts).toFixed(2)} |`);
}
console.log("");
console.log("| task | ms |");
console.log("|---|---|");
const rows: Array<[string, () => void]> = [
  ["integrate e^{−x²/2} over R, relTol 1e-12", () => integrate((x) => Math.exp(-0.5 * x * x), -Infinity, Infinity, { relTol: 1e-12 })],
  ["integrate 1/√x on [0, 1], relTol 1e-10", () => integrate((x) => 1 / Math.sqrt(x), 0, 1)],
  ["gaussLegendre(1000) (cached after first call; copy cost)", () => gaussLegendre(1000)],
  ["gaussHermite(200) (cached after first call; copy cost)", () => gaussHermite(200)],
];
const firstLegendre = time(() => gaussLegendre(1999));
const firstHermite = time(() => gaussHermite(1999));
for (const [label, fn] of rows) {
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) ts.push(time(fn));
  console.log(`| ${label} | ${median(ts).toFixed(3)} |`);
}
console.log(`| gaussLegendre(1999), first call | ${firstLegendre.toFixed(1)} |`);
console.log(`| gaussHermite(1999), first call | ${firstHermite.toFixed(1)} |`);
