import { expect } from "vitest";
import { compareSpectrum, type LawDistribution } from "../compare/index.js";
import { lawDistribution } from "../compare/from-measure.js";
import type { Measure } from "../measures/measure.js";

/** Largest distances `toMatchSpectrum` accepts; at least one must be given (default `{ ks: 0.05 }`). */
export interface SpectrumTolerance {
  /** Kolmogorov–Smirnov sup |F_n − F|. */
  readonly ks?: number;
  /** Wasserstein-1 ∫ |F_n − F|. */
  readonly w1?: number;
  /** L¹ between the eigenvalue histogram and the density (atoms included), in [0, 2]. */
  readonly l1?: number;
  /** Largest fraction of eigenvalues off the support (margin 2% of its width). */
  readonly outsideFraction?: number;
  /** Histogram bins for `l1`. */
  readonly bins?: number;
  /** Eigenvalues within this distance of an atom lie on it. */
  readonly atomTolerance?: number;
}

function isLawDistribution(v: unknown): v is LawDistribution {
  return v !== null && typeof v === "object" && typeof (v as LawDistribution).cdf === "function" && Array.isArray((v as LawDistribution).support) && "source" in (v as object);
}

const isMeasure = (v: unknown): v is Measure => v !== null && typeof v === "object" && typeof (v as Measure).stieltjes === "function";

/**
 * The matcher behind `expect(eigenvalues).toMatchSpectrum(law, { ks: 0.03 })`: computes the
 * requested distances between the eigenvalues and the law (a Measure, or a LawDistribution from
 * `limspec/compare`) and passes when every one is within its tolerance. The failure message
 * lists every distance with its bound.
 */
export function toMatchSpectrum(received: unknown, law: Measure | LawDistribution, tolerance: SpectrumTolerance = { ks: 0.05 }) {
  if (received === null || typeof received !== "object" || typeof (received as ArrayLike<number>).length !== "number")
    throw new TypeError(`toMatchSpectrum expects an array of eigenvalues, got ${String(received)}`);
  const bounds = { ks: tolerance.ks, w1: tolerance.w1, l1: tolerance.l1, outsideFraction: tolerance.outsideFraction };
  if (Object.values(bounds).every((b) => b === undefined)) throw new RangeError("toMatchSpectrum needs at least one of ks, w1, l1, outsideFraction");
  for (const [k, b] of Object.entries(bounds)) if (b !== undefined && !(b >= 0)) throw new RangeError(`toMatchSpectrum tolerance ${k} must be ≥ 0, got ${b}`);
  const distribution = isLawDistribution(law) ? law : isMeasure(law) ? lawDistribution(law) : undefined;
  if (!distribution) throw new TypeError(`toMatchSpectrum expects a Measure or a LawDistribution, got ${String(law)}`);
  const c = compareSpectrum(received as ArrayLike<number>, distribution, { bins: tolerance.bins, atomTolerance: tolerance.atomTolerance });
  const values = { ks: c.ks.statistic, w1: c.wasserstein1, l1: c.l1, outsideFraction: c.outside.fraction };
  const failures: string[] = [];
  const lines: string[] = [];
  for (const key of Object.keys(bounds) as (keyof typeof bounds)[]) {
    const b = bounds[key];
    if (b === undefined) continue;
    const ok = values[key] <= b;
    lines.push(`${key} = ${values[key].toPrecision(4)} ${ok ? "≤" : ">"} ${b}`);
    if (!ok) failures.push(key);
  }
  const name = isMeasure(law) ? law.expr : "the law";
  const pass = failures.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `expected ${c.n} eigenvalues not to match ${name}, but ${lines.join(", ")}`
        : `expected ${c.n} eigenvalues to match ${name}: ${lines.join(", ")}`,
    actual: values,
    expected: bounds,
  };
}

/**
 * Registers `toMatchSpectrum` with vitest's `expect` (call once, e.g. in a setup file or at the
 * top of a test file).
 *
 * @example
 * import { setupLimspecMatchers } from "limspec/testing";
 * setupLimspecMatchers();
 * expect(eigenvalues).toMatchSpectrum(mp(0.5), { ks: 0.03 });
 */
export function setupLimspecMatchers(): void {
  expect.extend({ toMatchSpectrum });
}

declare module "vitest" {
  interface Matchers<T = any> {
    /** Passes when the eigenvalues are within the given distances of the law (see SpectrumTolerance). */
    toMatchSpectrum(law: Measure | LawDistribution, tolerance?: SpectrumTolerance): T;
  }
}
