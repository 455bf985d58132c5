import fc from "fast-check";

/** Options of {@link ratioArb}. */
export interface RatioRange {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Positive ratios (γ = n/N, n/(dp), p/d …) spread evenly in log scale over [min, max]
 * (default [0.05, 20]), so small and large ratios are both exercised.
 *
 * @example fc.assert(fc.property(ratioArb(), (g) => mp(g).continuousMass <= 1))
 */
export function ratioArb(range: RatioRange = {}): fc.Arbitrary<number> {
  const min = range.min ?? 0.05;
  const max = range.max ?? 20;
  if (!(min > 0 && max > min)) throw new RangeError(`ratio range must satisfy 0 < min < max, got min = ${min}, max = ${max}`);
  return fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((t) => Math.min(max, Math.max(min, Math.exp(t))));
}

/** Positive variances in log scale over [min, max] (default [0.1, 10]). */
export function varianceArb(range: RatioRange = {}): fc.Arbitrary<number> {
  return ratioArb({ min: range.min ?? 0.1, max: range.max ?? 10 });
}

/** A discrete law Σ wᵢ δ_{xᵢ}: distinct sorted locations and weights summing to 1 exactly. */
export interface AtomLawParams {
  readonly x: number[];
  readonly w: number[];
}

/** Options of {@link atomLawArb}. */
export interface AtomLawOptions {
  /** Number of atoms (default 1 … 4). */
  readonly minAtoms?: number;
  readonly maxAtoms?: number;
  /** Range of the locations (default [0.1, 5]: positive, as MP maps and ⊠ need). */
  readonly min?: number;
  readonly max?: number;
  /** Smallest weight (default 0.05). */
  readonly minWeight?: number;
}

/**
 * Parameters of `atoms(x, w)`: locations at least 1% of the range apart, weights ≥ `minWeight`
 * normalised so that they sum to 1 in floating point (the last weight is 1 − the others).
 *
 * @example fc.property(atomLawArb(), ({ x, w }) => mpMap(0.5, atoms(x, w)).continuousMass > 0)
 */
export function atomLawArb(options: AtomLawOptions = {}): fc.Arbitrary<AtomLawParams> {
  const lo = options.min ?? 0.1;
  const hi = options.max ?? 5;
  const minAtoms = options.minAtoms ?? 1;
  const maxAtoms = options.maxAtoms ?? 4;
  const minWeight = options.minWeight ?? 0.05;
  if (!(hi > lo)) throw new RangeError(`atom range must satisfy min < max, got min = ${lo}, max = ${hi}`);
  if (!(minAtoms >= 1 && maxAtoms >= minAtoms)) throw new RangeError(`need 1 ≤ minAtoms ≤ maxAtoms, got ${minAtoms}, ${maxAtoms}`);
  if (!(minWeight > 0 && minWeight * maxAtoms < 1)) throw new RangeError(`minWeight must lie in (0, 1/maxAtoms), got ${minWeight}`);
  const slots = 100;
  return fc
    .uniqueArray(fc.integer({ min: 0, max: slots }), { minLength: minAtoms, maxLength: maxAtoms })
    .chain((cells) =>
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: cells.length, maxLength: cells.length }).map((raw) => {
        const x = [...cells].sort((a, b) => a - b).map((c) => lo + ((hi - lo) * c) / slots);
        const free = 1 - minWeight * x.length;
        const total = raw.reduce((s, r) => s + r, 0);
        const w = raw.map((r) => minWeight + (total > 0 ? (free * r) / total : free / x.length));
        w[w.length - 1] = 1 - w.slice(0, -1).reduce((s, v) => s + v, 0);
        return { x, w };
      }),
    );
}

/** Activations with closed-form Gaussian moments in the registry, for NTK parameter draws. */
export const NTK_ACTIVATIONS = ["relu", "tanh", "linear", "erf", "sigmoid", "gelu", "silu"] as const;

/** Parameters of `ntkQuadratic` (docs/design.md §2): nOverDp = n/(dp), pOverD = p/d, activation σ, weights a. */
export interface NtkQuadraticParams {
  readonly nOverDp: number;
  readonly pOverD: number;
  readonly activation: string;
  readonly a: "rademacher" | "gaussian";
}

/** Options of {@link ntkQuadraticParamsArb}. */
export interface NtkParamsOptions {
  readonly nOverDp?: RatioRange;
  readonly pOverD?: RatioRange;
  readonly activations?: readonly string[];
  readonly weights?: readonly ("rademacher" | "gaussian")[];
}

/** Parameters of the quadratic-scaling NTK law (defaults: nOverDp ∈ [0.1, 4], pOverD ∈ [0.25, 4]). */
export function ntkQuadraticParamsArb(options: NtkParamsOptions = {}): fc.Arbitrary<NtkQuadraticParams> {
  return fc.record({
    nOverDp: ratioArb({ min: 0.1, max: 4, ...options.nOverDp }),
    pOverD: ratioArb({ min: 0.25, max: 4, ...options.pOverD }),
    activation: fc.constantFrom(...(options.activations ?? NTK_ACTIVATIONS)),
    a: fc.constantFrom(...(options.weights ?? (["rademacher", "gaussian"] as const))),
  });
}

/** Integer matrix dimensions n, d, p realising given ratios approximately: p = round(pOverD·d), n = round(nOverDp·d·p). */
export function ntkDimensions(params: { nOverDp: number; pOverD: number }, d: number): { n: number; d: number; p: number } {
  if (!(Number.isInteger(d) && d >= 1)) throw new RangeError(`d must be a positive integer, got ${d}`);
  const p = Math.max(1, Math.round(params.pOverD * d));
  const n = Math.max(1, Math.round(params.nOverDp * d * p));
  return { n, d, p };
}

/**
 * Law expressions (the `limspec` syntax) of closed-form laws and their compositions, for fuzzing
 * code that takes a law expression: `mp(r)`, `semicircle(v)`, `uniform(a, b)`, `atoms(x, w)`,
 * `mpMap(r, atoms(x, w))`, `freeAdd(semicircle(v), atoms(x, w))`.
 */
export function lawExpressionArb(): fc.Arbitrary<string> {
  const r = ratioArb({ min: 0.1, max: 5 }).map((v) => Number(v.toPrecision(4)));
  const atomText = atomLawArb({ maxAtoms: 3 }).map(({ x, w }) => `atoms([${x.join(",")}],[${w.join(",")}])`);
  return fc.oneof(
    r.map((g) => `mp(${g})`),
    r.map((v) => `semicircle(${v})`),
    fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 5 })).map(([a, l]) => `uniform(${a}, ${a + l})`),
    atomText,
    fc.tuple(r, atomText).map(([g, m]) => `mpMap(${g}, ${m})`),
    fc.tuple(r, atomText).map(([v, m]) => `freeAdd(semicircle(${v}), ${m})`),
  );
}
