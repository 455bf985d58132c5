import type { RandomSource } from "../../core/random.js";
import { requireInteger } from "../../core/validate.js";
import { philox4x32 } from "./philox.js";
import { ZIGGURAT } from "./ziggurat.js";

const TWO32 = 4294967296;
const TWO_M53 = 1 / 9007199254740992;
const ZX = ZIGGURAT.x;
const ZF = ZIGGURAT.fx;
const ZR = ZIGGURAT.r;

/**
 * A sequential stream of random numbers drawn from Philox4x32-10 with
 * key = (seed mod 2³², ⌊seed/2³²⌋) and counter = (block mod 2³², ⌊block/2³²⌋, trial, matrix).
 * Streams with different (seed, trial, matrix) are disjoint pieces of one counter space, so each
 * trial's and each matrix's numbers are fixed by those three integers alone, whatever order the
 * trials run in, on whatever backend or thread.
 *
 * Draws: `uint32()` one 32-bit word; `uniform()` two words, (w₁ ≫ 5)·2²⁶ + (w₂ ≫ 6) over 2⁵³
 * (53 bits, in [0, 1)); `normal()` the 256-layer ziggurat of Marsaglia–Tsang (2000) with the
 * layer and sign from one word and an independent 53-bit uniform for the abscissa (Doornik 2005's
 * remedy for the correlation of the 32-bit original), exact in float64; `rademacher()` one word.
 *
 * @example
 * const g = new PhiloxStream(42, 0, 1);
 * const z = new Float64Array(1000);
 * g.fillNormal(z);
 */
export class PhiloxStream implements RandomSource {
  private readonly k0: number;
  private readonly k1: number;
  private readonly trial: number;
  private readonly matrix: number;
  private block = 0;
  private readonly words = new Uint32Array(4);
  private next = 4;

  constructor(seed: number, trial = 0, matrix = 0) {
    requireInteger("seed", seed, 0);
    if (seed > Number.MAX_SAFE_INTEGER) throw new RangeError(`seed must be ≤ 2^53 − 1, got ${seed}`);
    requireInteger("trial", trial, 0);
    requireInteger("matrix", matrix, 0);
    if (trial >= TWO32) throw new RangeError(`trial must be < 2^32, got ${trial}`);
    if (matrix >= TWO32) throw new RangeError(`matrix must be < 2^32, got ${matrix}`);
    this.k0 = seed % TWO32;
    this.k1 = Math.floor(seed / TWO32);
    this.trial = trial;
    this.matrix = matrix;
  }

  /** The next unsigned 32-bit word. */
  uint32(): number {
    if (this.next === 4) {
      const b = this.block++;
      philox4x32(b % TWO32, Math.floor(b / TWO32), this.trial, this.matrix, this.k0, this.k1, this.words);
      this.next = 0;
    }
    return this.words[this.next++];
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) * TWO_M53;
  }

  /** Uniform on (0, 1): the 53-bit grid shifted by half a step, safe inside log. */
  uniformOpen(): number {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b + 0.5) * TWO_M53;
  }

  /** ±1 with probability 1/2 each. */
  rademacher(): number {
    return (this.uint32() & 1) === 0 ? 1 : -1;
  }

  /** Standard normal, exact in float64 (ziggurat, Marsaglia–Tsang 2000). */
  normal(): number {
    for (;;) {
      const w = this.uint32();
      const i = w & 255;
      const negative = (w & 256) !== 0;
      const x = this.uniform() * ZX[i];
      if (x < ZX[i + 1]) return negative ? -x : x;
      if (i === 0) {
        // Tail beyond r (Marsaglia 1964): a = −ln U₁/r, b = −ln U₂, accept when 2b > a².
        let a: number;
        let b: number;
        do {
          a = -Math.log(this.uniformOpen()) / ZR;
          b = -Math.log(this.uniformOpen());
        } while (b + b < a * a);
        return negative ? -(ZR + a) : ZR + a;
      }
      // Wedge between the layer's rectangle and the curve.
      const y = ZF[i] + this.uniform() * (ZF[i + 1] - ZF[i]);
      if (y < Math.exp(-0.5 * x * x)) return negative ? -x : x;
    }
  }

  /** Fills `out` with standard normals (float32 arrays receive the rounded float64 draws). */
  fillNormal<T extends Float64Array | Float32Array>(out: T, scale = 1): T {
    for (let i = 0; i < out.length; i++) out[i] = scale * this.normal();
    return out;
  }

  /** Fills `out` with uniforms on [lo, hi). */
  fillUniform<T extends Float64Array | Float32Array>(out: T, lo = 0, hi = 1): T {
    const w = hi - lo;
    for (let i = 0; i < out.length; i++) out[i] = lo + w * this.uniform();
    return out;
  }

  /** Fills `out` with independent ±1 signs. */
  fillRademacher<T extends Float64Array | Float32Array>(out: T): T {
    for (let i = 0; i < out.length; i++) out[i] = (this.uint32() & 1) === 0 ? 1 : -1;
    return out;
  }
}

/**
 * The stream for (seed, trial, matrix): a fresh generator whose numbers depend on those three
 * integers only. Models number their random matrices 0, 1, 2, … within a trial.
 */
export function stream(seed: number, trial = 0, matrix = 0): PhiloxStream {
  return new PhiloxStream(seed, trial, matrix);
}
