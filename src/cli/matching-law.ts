import { UsageError } from "./io.js";
import type { ModelRun } from "./model-params.js";

/** The limiting law `limspec compare` sets against a model's eigenvalues. */
export interface MatchingLaw {
  /** A law expression (evaluated with the law registry), e.g. `mp(0.5)`. */
  readonly expression: string;
  /** The scaling the law assumes, in words (e.g. "n/N → 0.5"). */
  readonly regime: string;
}

const num = (v: unknown, name: string, model: string): number => {
  if (typeof v !== "number") throw new UsageError(`compare ${model} needs --${name}`);
  return v;
};

/**
 * The law each model's spectrum tends to, as an expression in the model's parameters:
 * - wishart `(1/N) Z D Zᵀ` → `mpMap(n/N, population)` (companion convention; `mp(n/N)` for D = I);
 * - sampleCovariance `(1/N) Σ^{1/2} Z Zᵀ Σ^{1/2}` → `mpMapSilverstein(n/N, population)`;
 * - wigner → `semicircle(variance)`;
 * - freeSum / freeProduct of A and O B Oᵀ → `freeAdd(a, b)` / `freeMul(a, b)`;
 * - hadamardGram `(1/d) X Xᵀ ⊙ (1/p) Y Yᵀ` → `mp(n/(dp))` (quadratic scaling), or with
 *   `options.finiteD` `hadamardGram({nOverDp, d, p})`, the finite-size law;
 * - ntkHadamard → `ntkQuadratic({nOverDp: n/(dp), pOverD: p/d, activation, a})` (docs/design.md §2), with
 *   `d` added when `options.finiteD` (the finite-d law);
 * - ntkFull → `ntkLinear({nOverD: n/d, widthOverD: p/d, activation, a})` (Fan–Wang);
 * - conjugateKernel → `conjugateKernel({nOverD: n/d, widthOverD: [d₁/d, …], activation})`;
 * - kernelMatrix → `kernelMatrix({nOverD: n/d, f, diagonal})` (El Karoui).
 */
export function matchingLaw(model: string, run: ModelRun, options: { finiteD?: boolean } = {}): MatchingLaw {
  const p = run.params;
  const s = run.sources;
  switch (model) {
    case "wishart":
    case "sampleCovariance": {
      const gamma = num(p.n, "n", model) / num(p.N, "N", model);
      const map = model === "wishart" ? "mpMap" : "mpMapSilverstein";
      return { expression: s.population ? `${map}(${gamma}, ${s.population})` : `mp(${gamma})`, regime: `n/N = ${gamma}` };
    }
    case "wigner":
      return { expression: `semicircle(${p.variance ?? 1})`, regime: "n → ∞" };
    case "freeSum":
    case "freeProduct":
      if (!s.a || !s.b) throw new UsageError(`compare ${model} needs --param a=<law> --param b=<law>`);
      return { expression: `${model === "freeSum" ? "freeAdd" : "freeMul"}(${s.a}, ${s.b})`, regime: "n → ∞" };
    case "hadamardGram": {
      const g1 = num(p.n, "n", model) / (num(p.d, "d", model) * num(p.p, "p", model));
      if (options.finiteD) return { expression: `hadamardGram({nOverDp: ${g1}, d: ${p.d}, p: ${p.p}})`, regime: `n/(dp) = ${g1}, finite d = ${p.d}, p = ${p.p}` };
      return { expression: `mp(${g1})`, regime: `n/(dp) = ${g1}` };
    }
    case "ntkHadamard": {
      const n = num(p.n, "n", model);
      const d = num(p.d, "d", model);
      const width = num(p.p, "p", model);
      if (!s.activation) throw new UsageError(`compare ${model} needs --activation (e.g. relu)`);
      if (!s.a) throw new UsageError(`compare ${model} needs --a (rademacher, gaussian, or an array)`);
      const { activation, a } = s;
      // With finiteD, d is passed so that the law includes the row-norm correction at this d.
      return {
        expression: `ntkQuadratic({nOverDp: ${n / (d * width)}, pOverD: ${width / d}, activation: ${activation}, a: ${a}${options.finiteD ? `, d: ${d}` : ""}})`,
        regime: `n/(dp) = ${n / (d * width)}, p/d = ${width / d}` + (options.finiteD ? `, finite d = ${d}` : ""),
      };
    }
    case "ntkFull": {
      const n = num(p.n, "n", model);
      const d = num(p.d, "d", model);
      const width = num(p.p, "p", model);
      if (!s.activation) throw new UsageError(`compare ${model} needs --activation (e.g. tanh)`);
      const a = s.a ? `, a: ${s.a}` : "";
      return { expression: `ntkLinear({nOverD: ${n / d}, widthOverD: ${width / d}, activation: ${s.activation}${a}})`, regime: `n/d = ${n / d}, p/d = ${width / d}` };
    }
    case "conjugateKernel": {
      const n = num(p.n, "n", model);
      const d = num(p.d, "d", model);
      const widths = p.widths;
      if (!Array.isArray(widths) || widths.some((w) => typeof w !== "number")) throw new UsageError(`compare ${model} needs --param widths=[d1, d2, …]`);
      if (!s.activation) throw new UsageError(`compare ${model} needs --activation (e.g. tanh)`);
      const ratios = (widths as number[]).map((w) => w / d);
      return { expression: `conjugateKernel({nOverD: ${n / d}, widthOverD: [${ratios.join(", ")}], activation: ${s.activation}})`, regime: `n/d = ${n / d}, widths/d = [${ratios.join(", ")}]` };
    }
    case "kernelMatrix": {
      const n = num(p.n, "n", model);
      const d = num(p.d, "d", model);
      if (!s.f) throw new UsageError(`compare ${model} needs --param f=<kernel>, e.g. f="tanh"`);
      const diagonal = s.diagonal ? `, diagonal: ${s.diagonal}` : "";
      return { expression: `kernelMatrix({nOverD: ${n / d}, f: ${s.f}${diagonal}})`, regime: `n/d = ${n / d}` };
    }
    default:
      throw new UsageError(
        `compare has no limiting law wired for model ${JSON.stringify(model)}; it knows wishart, sampleCovariance, wigner, freeSum, freeProduct, hadamardGram, ntkHadamard, ntkFull, conjugateKernel, kernelMatrix`,
      );
  }
}

/** What the theory says about eigenvalues outside the limiting bulk. */
export interface PredictedOutliers {
  /** Expected number of eigenvalues outside the bulk, per trial. */
  readonly count: number;
  /** Where they sit, when known: the centre and interval of the outlier group. */
  readonly center?: number;
  readonly interval?: readonly [number, number] | null;
  /** For ntkHadamard: the population spike ℓ and whether it passes the BBP threshold. */
  readonly spike?: number;
  readonly separated?: boolean;
  /** A threshold in the gap between bulk and outliers: `count` eigenvalues per trial are predicted above it. */
  readonly cut?: number | null;
  /** Where the prediction comes from. */
  readonly source: string;
}

/**
 * The outliers predicted for a model: none for the Wishart, sample-covariance, Wigner, free-pair
 * and Hadamard-Gram models (their extreme eigenvalues converge to the edges), the minibulk of
 * `ntkQuadraticOutliers` for ntkHadamard (d eigenvalues near γ₁ℓ when m0 = E φ ≠ 0), and null
 * where no prediction is wired.
 */
export async function predictedOutliers(model: string, run: ModelRun): Promise<PredictedOutliers | null> {
  switch (model) {
    case "wishart":
    case "sampleCovariance":
    case "wigner":
    case "freeSum":
    case "freeProduct":
    case "hadamardGram":
      return { count: 0, source: "none: extreme eigenvalues converge to the support edges" };
    case "ntkHadamard": {
      const { ntkQuadraticOutliers } = await import("../laws/index.js");
      const p = run.params;
      const o = ntkQuadraticOutliers({ n: p.n as number, d: p.d as number, p: p.p as number, activation: p.activation as string, a: p.a as never });
      return { count: o.count, center: o.center, interval: o.interval, spike: o.spike, separated: o.separated, cut: o.cut, source: "ntkQuadraticOutliers (docs/math/ntk-quadratic.md §5)" };
    }
    default:
      return null;
  }
}
