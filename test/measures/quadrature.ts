/**
 * Test-only quadrature: Gauss–Legendre nodes by Newton on P_n (three-term recurrence), and rules for
 * densities with square-root edges via x = c + h·cos θ (dx = h·sin θ dθ).
 */
const cache = new Map<number, [Float64Array, Float64Array]>();

export function gaussLegendre(n: number): [Float64Array, Float64Array] {
  const hit = cache.get(n);
  if (hit) return hit;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 1; k < n; k++) {
        const p2 = ((2 * k + 1) * t * p1 - k * p0) / (k + 1);
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (t * p1 - p0)) / (t * t - 1);
      const dt = p1 / dp;
      t -= dt;
      if (Math.abs(dt) < 1e-16) break;
    }
    x[n - 1 - i] = t;
    w[n - 1 - i] = 2 / ((1 - t * t) * dp * dp);
  }
  cache.set(n, [x, w]);
  return [x, w];
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
