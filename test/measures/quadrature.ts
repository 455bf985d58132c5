/**
 * Test-only quadrature on top of the core Gauss–Legendre rule: fixed-order rules and substitutions
 * for densities with square-root edges, x = c + h·cos θ (dx = h·sin θ dθ).
 */
import { cachedGaussLegendre } from "../../src/core/gaussRules.js";

export function gaussLegendre(n: number): [Float64Array, Float64Array] {
  const { nodes, weights } = cachedGaussLegendre(n);
  return [nodes, weights];
}

/** ∫_a^b f by n-point Gauss–Legendre. */
export function integrate(f: (x: number) => number, a: number, b: number, n = 200): number {
  const [x, w] = gaussLegendre(n);
  const h = 0.5 * (b - a);
  const c = 0.5 * (a + b);
  let s = 0;
  for (let i = 0; i < n; i++) s += w[i] * f(c + h * x[i]);
  return s * h;
}

/** ∫_a^b f(x) dx = ∫_θ0^θ1 f(c + h cos θ) h sin θ dθ, θ over [0, π]: smooth for √-edge densities. */
export function integrateSqrtEdges(f: (x: number) => number, a: number, b: number, n = 200, theta0 = 0, theta1 = Math.PI): number {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  return integrate((t) => f(c + h * Math.cos(t)) * h * Math.sin(t), theta0, theta1, n);
}

/** Complex version of integrateSqrtEdges for integrands returning [re, im]. */
export function integrateSqrtEdgesComplex(
  f: (x: number) => [number, number],
  a: number,
  b: number,
  n = 200,
): [number, number] {
  const [x, w] = gaussLegendre(n);
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  let re = 0;
  let im = 0;
  for (let i = 0; i < n; i++) {
    const t = (Math.PI / 2) * (x[i] + 1);
    const jac = h * Math.sin(t) * w[i] * (Math.PI / 2);
    const [fr, fi] = f(c + h * Math.cos(t));
    re += fr * jac;
    im += fi * jac;
  }
  return [re, im];
}

/** [Re, Im] of ρ(x)/(x − z). */
export const cauchyKernel = (rho: (x: number) => number, zr: number, zi: number) => (x: number): [number, number] => {
  const d = x - zr;
  const q = d * d + zi * zi;
  const r = rho(x);
  return [(r * d) / q, (r * zi) / q];
};

/** ∫_0^b f(x) dx with x = b·sin²φ (dx = 2b sin φ cos φ dφ), φ ∈ [φ0, φ1] ⊂ [0, π/2]: smooth for f ~ x^{−1/2}√(b − x). */
export function integrateInverseSqrtEdge(f: (x: number) => number, b: number, n = 200, phi0 = 0, phi1 = Math.PI / 2): number {
  return integrate(
    (p) => {
      const s = Math.sin(p);
      return f(b * s * s) * 2 * b * s * Math.cos(p);
    },
    phi0,
    phi1,
    n,
  );
}
