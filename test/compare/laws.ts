import { closedFormLaw, type LawDistribution } from "../../src/compare/index.js";

/** Uniform law on [a, b] from its closed forms. */
export function uniformLaw(a = 0, b = 1): LawDistribution {
  return closedFormLaw({
    cdf: (x) => Math.min(1, Math.max(0, (x - a) / (b - a))),
    density: (x) => (x >= a && x <= b ? 1 / (b - a) : 0),
    atoms: [],
    support: [[a, b]],
  });
}

/** ½ δ₀ + ½ Uniform[1, 2]. */
export function atomPlusUniform(): LawDistribution {
  return closedFormLaw({
    cdf: (x) => (x < 0 ? 0 : 0.5 + 0.5 * Math.min(1, Math.max(0, x - 1))),
    density: (x) => (x >= 1 && x <= 2 ? 0.5 : 0),
    atoms: [{ x: 0, mass: 0.5 }],
    support: [[1, 2]],
  });
}

/** Semicircle of variance 1: density √(4 − x²)/(2π) on [−2, 2]. */
export function semicircleLaw(): LawDistribution {
  return closedFormLaw({
    cdf: (x) => {
      if (x <= -2) return 0;
      if (x >= 2) return 1;
      return 0.5 + (x * Math.sqrt(4 - x * x)) / (4 * Math.PI) + Math.asin(x / 2) / Math.PI;
    },
    density: (x) => (Math.abs(x) < 2 ? Math.sqrt(4 - x * x) / (2 * Math.PI) : 0),
    atoms: [],
    support: [[-2, 2]],
  });
}

/** Mulberry32: a small seeded generator for test samples. */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Semicircle samples by inverting its cdf (bisection), for statistical tests. */
export function semicircleSamples(n: number, seed: number): Float64Array {
  const law = semicircleLaw();
  const u = seededUniform(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = u();
    let lo = -2;
    let hi = 2;
    for (let k = 0; k < 60; k++) {
      const mid = 0.5 * (lo + hi);
      if (law.cdf(mid) < p) lo = mid;
      else hi = mid;
    }
    out[i] = 0.5 * (lo + hi);
  }
  return out;
}
