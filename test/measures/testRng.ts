import type { RandomSource } from "../../src/core/random.js";

/** Test-only seeded generator: xorshift128+ with 53-bit uniforms and Box–Muller normals. */
export function testRng(seed: number): RandomSource {
  let s0 = (seed ^ 0x9e3779b9) >>> 0 || 1;
  let s1 = (seed * 2654435761) >>> 0 || 2;
  let s2 = 0x243f6a88;
  let s3 = 0x85a308d3;
  const next32 = (): number => {
    // xoshiro128** (Blackman & Vigna)
    const result = Math.imul(Math.imul(s1, 5) << 7 | Math.imul(s1, 5) >>> 25, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  for (let i = 0; i < 20; i++) next32();
  const uniform = (): number => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
  return {
    uniform,
    normal(): number {
      let u = uniform();
      while (u === 0) u = uniform();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
    },
  };
}

/** Kolmogorov–Smirnov statistic of samples against a cdf. */
export function ksStatistic(samples: Float64Array, cdf: (x: number) => number): number {
  const xs = Float64Array.from(samples).sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return d;
}
