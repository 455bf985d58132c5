import type { Complex } from "../../src/core/complex.js";
import { add, complex, div, mul, sub, abs } from "../../src/core/complex.js";

/** Complex polynomial as coefficients c[0] + c[1] x + … (ascending). */
export type Poly = Complex[];

export const polyMul = (p: Poly, q: Poly): Poly => {
  const out: Poly = Array.from({ length: p.length + q.length - 1 }, () => complex(0));
  p.forEach((a, i) => q.forEach((b, j) => (out[i + j] = add(out[i + j], mul(a, b)))));
  return out;
};

export const polyAdd = (p: Poly, q: Poly): Poly =>
  Array.from({ length: Math.max(p.length, q.length) }, (_, i) => add(p[i] ?? complex(0), q[i] ?? complex(0)));

export const polyScale = (p: Poly, c: Complex): Poly => p.map((a) => mul(a, c));

const evalPoly = (p: Poly, x: Complex): Complex => p.reduceRight((acc, c) => add(mul(acc, x), c), complex(0));

/**
 * All roots by the Durand–Kerner (Weierstrass) iteration followed by Newton polishing — an
 * independent reference for the Newton/continuation solvers under test.
 */
export function polyRoots(p: Poly): Complex[] {
  const n = p.length - 1;
  const lead = p[n];
  const monic = p.map((c) => div(c, lead));
  let roots = Array.from({ length: n }, (_, k) => mul(complex(0.4, 0.9), complex(Math.cos(k), Math.sin(k)))).map((r, k) =>
    mul(r, complex(1 + k * 0.1)),
  );
  const scaleR = 1 + Math.max(...monic.slice(0, n).map(abs));
  roots = roots.map((r) => mul(r, complex(scaleR)));
  for (let it = 0; it < 2000; it++) {
    let moved = 0;
    roots = roots.map((r, i) => {
      let den = complex(1);
      roots.forEach((q, j) => {
        if (j !== i) den = mul(den, sub(r, q));
      });
      const step = div(evalPoly(monic, r), den);
      moved = Math.max(moved, abs(step) / (1 + abs(r)));
      return sub(r, step);
    });
    if (moved < 1e-16) break;
  }
  const dp: Poly = monic.slice(1).map((c, i) => mul(c, complex(i + 1)));
  return roots.map((r) => {
    let x = r;
    for (let k = 0; k < 5; k++) {
      const d = evalPoly(dp, x);
      if (abs(d) === 0) break;
      x = sub(x, div(evalPoly(monic, x), d));
    }
    return x;
  });
}
