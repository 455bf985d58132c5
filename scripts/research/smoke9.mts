import { simulate, ntkHadamard } from "../../src/sim/index.js";
for (const act of ["tanh", "relu"]) {
  const res = await simulate(ntkHadamard, { n: 400, d: 20, p: 20, activation: act, a: "rademacher" }, { trials: 1, seed: 1, backend: "wasm64" });
  const e = Array.from(res.eigenvalues).sort((a, b) => a - b);
  const q = (p: number) => e[Math.floor(p * (e.length - 1))].toFixed(4);
  console.log(act, res.trials[0].route, res.trials[0].dim, res.trials[0].zeros, [0.05, 0.25, 0.5, 0.75, 0.95, 1].map(q).join(" "), "trace", res.trials[0].trace / 400);
}
