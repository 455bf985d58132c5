import type { Activation } from "../../activations/index.js";
import type { ElementwiseFunction } from "../backend/types.js";
import {
  checkOutputWeights,
  drawOutputWeights,
  requireDimension,
  resolveActivation,
  type ActivationSpec,
  type OutputWeights,
} from "./params.js";
import { useGramRoute } from "./route.js";
import { traceOf, type MatrixModel, type SampledMatrix, type TrialContext } from "./types.js";

/** Parameters of {@link ntkHadamard} and {@link ntkFull}. */
export interface NtkParams {
  /** Number of data points (matrix size). */
  n: number;
  /** Input dimension. */
  d: number;
  /** Width of the hidden layer. */
  p: number;
  /** σ, from the activation registry (name, expression, or {sigma, phi}); φ = σ′. */
  activation: ActivationSpec;
  /** Second-layer weights: "rademacher", "gaussian", or an array of length p. */
  a: OutputWeights;
}

export const phiOf = (act: Activation): ElementwiseFunction => ({ fn: (x) => act.phi(x), source: act.phiSource });
export const sigmaOf = (act: Activation): ElementwiseFunction => ({ fn: (x) => act.sigma(x), source: act.sigmaSource });

function validateNtk(p: NtkParams): number {
  const n = requireDimension("n", p.n);
  requireDimension("d", p.d);
  const width = requireDimension("p", p.p);
  resolveActivation("activation", p.activation);
  checkOutputWeights(p.a, width);
  return n;
}

interface NtkDraw {
  x: Float64Array;
  w: Float64Array;
  a: Float64Array;
  act: Activation;
}

/** Random matrices: 0 → X (n×d), 1 → W (d×p), 2 → a (p), all row-major, standard Gaussian. */
async function drawNtk(p: NtkParams, ctx: TrialContext): Promise<NtkDraw> {
  const act = resolveActivation("activation", p.activation);
  return ctx.timed("random", () => ({
    x: ctx.stream(0).fillNormal(new Float64Array(p.n * p.d)),
    w: ctx.stream(1).fillNormal(new Float64Array(p.d * p.p)),
    a: drawOutputWeights(p.a, p.p, ctx.stream(2)),
    act,
  }));
}

/** Y = φ(X W/√d) diag(a), n×p. */
async function weightedFeatures(ctx: TrialContext, draw: NtkDraw, p: NtkParams): Promise<Float64Array> {
  const { n, d, p: width } = p;
  const y = await ctx.backend.activatedProduct(draw.x, draw.w, n, d, width, 1 / Math.sqrt(d), phiOf(draw.act));
  for (let i = 0; i < n; i++) for (let l = 0; l < width; l++) y[i * width + l] *= draw.a[l];
  return y;
}

/**
 * `ntkHadamard`: the Benigni–Paquette matrix (docs/design.md §2)
 *   K = (1/d) X Xᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ,
 * X n×d and W d×p standard Gaussian, D = diag(a), φ = σ′. It is the W-part of the two-layer NTK
 * of f(x) = (1/√p) Σ_l a_l σ(w_l·x/√d). Since K = AᵀA with A (dp)×n, columns
 * a_i = vec(x_i ⊗ (φ(Wᵀx_i/√d) ⊙ a))/√(dp), route `gram` diagonalises the dp×dp matrix A Aᵀ and
 * appends n − dp zeros; `auto` takes it when that is cheaper (n ≫ dp).
 * Its bulk tends to the ntkQuadratic law with nOverDp = n/(dp), pOverD = p/d.
 */
export const ntkHadamard: MatrixModel<NtkParams> = {
  name: "ntkHadamard",
  definition: "(1/d) X Xᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ, X n×d, W d×p standard Gaussian, D = diag(a), φ = σ′",
  validate: validateNtk,
  async sample(p, ctx) {
    const draw = await drawNtk(p, ctx);
    return ctx.timed("formation", () => hadamardPart(ctx, draw, p, true));
  },
};

async function hadamardPart(ctx: TrialContext, draw: NtkDraw, p: NtkParams, allowGram: boolean): Promise<SampledMatrix> {
  const { n, d, p: width } = p;
  const dp = d * width;
  const y = await weightedFeatures(ctx, draw, p);
  const gram = allowGram && useGramRoute(ctx.route, n, dp, n * n * (d + width), dp * dp * n);
  if (gram) {
    const k = await ctx.backend.kroneckerGram(draw.x, d, y, width, n, 1 / dp);
    return { matrix: k, dim: dp, zeros: n - dp, trace: traceOf(k, dp), route: "gram" };
  }
  const k = await ctx.backend.hadamardGram(draw.x, d, y, width, n, 1 / d, 1 / width);
  return { matrix: k, dim: n, zeros: 0, trace: traceOf(k, n), route: "direct" };
}

/**
 * `ntkFull`: the complete two-layer NTK of f(x) = (1/√p) Σ_l a_l σ(w_l·x/√d) at initialisation,
 *   K = (1/d) X Xᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ  +  (1/p) σ(XW/√d) σ(XW/√d)ᵀ,
 * the first term from ∂f/∂W, the second (the conjugate kernel) from ∂f/∂a — the decomposition of
 * Fan & Wang (NeurIPS 2020, "Spectra of the conjugate kernel and neural tangent kernel for
 * linear-width neural networks"), here with unit-variance inputs scaled by 1/√d inside σ and no
 * centring or rescaling of σ. Random matrices as in {@link ntkHadamard}; direct route only.
 */
export const ntkFull: MatrixModel<NtkParams> = {
  name: "ntkFull",
  definition: "(1/d) X Xᵀ ⊙ (1/p) φ(XW/√d) D² φ(XW/√d)ᵀ + (1/p) σ(XW/√d) σ(XW/√d)ᵀ",
  validate: validateNtk,
  async sample(p, ctx) {
    const draw = await drawNtk(p, ctx);
    return ctx.timed("formation", async () => {
      const h = await hadamardPart(ctx, draw, p, false);
      const s = await ctx.backend.activatedProduct(draw.x, draw.w, p.n, p.d, p.p, 1 / Math.sqrt(p.d), sigmaOf(draw.act));
      const ck = await ctx.backend.gramRows(s, p.n, p.p, 1 / p.p);
      for (let i = 0; i < ck.length; i++) h.matrix[i] += ck[i];
      h.trace = traceOf(h.matrix, p.n);
      return h;
    });
  },
};
