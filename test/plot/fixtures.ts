import type { LawCurve } from "../../src/plot/index.js";

/** MP(λ) density on an edge-clustered grid, closed form (Marchenko–Pastur 1967). */
export function mpCurve(lambda: number, label = `mp(${lambda})`, points = 300): LawCurve {
  const a = (1 - Math.sqrt(lambda)) ** 2;
  const b = (1 + Math.sqrt(lambda)) ** 2;
  const x = Array.from({ length: points }, (_, i) => a + ((b - a) * (1 - Math.cos((Math.PI * i) / (points - 1)))) / 2);
  const density = x.map((t) => t === 0 ? Infinity : Math.sqrt(Math.max(0, (b - t) * (t - a))) / (2 * Math.PI * lambda * t));
  return { label, x, density, support: [[a, b]], atoms: lambda > 1 ? [{ x: 0, mass: 1 - 1 / lambda }] : [] };
}

/** Deterministic sample of the MP(λ) law by rejection (λ ≤ 1), Park–Miller generator. */
export function mpSample(lambda: number, n: number, seed = 1): number[] {
  const a = (1 - Math.sqrt(lambda)) ** 2;
  const b = (1 + Math.sqrt(lambda)) ** 2;
  let s = seed;
  const u = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const out: number[] = [];
  const top = 1 / (Math.PI * lambda); // above the maximum density for λ ≥ 0.25
  while (out.length < n) {
    const t = a + (b - a) * u();
    if (u() * top < Math.sqrt((b - t) * (t - a)) / (2 * Math.PI * lambda * t)) out.push(t);
  }
  return out;
}
