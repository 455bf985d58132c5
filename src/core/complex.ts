/**
 * Complex numbers as plain `{ re, im }` records. The functions return new records; hot loops
 * that must not allocate inline the arithmetic on local numbers instead.
 */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

export const complex = (re: number, im = 0): Complex => ({ re, im });
export const ZERO: Complex = { re: 0, im: 0 };
export const ONE: Complex = { re: 1, im: 0 };
export const I: Complex = { re: 0, im: 1 };

export const add = (a: Complex, b: Complex): Complex => ({ re: a.re + b.re, im: a.im + b.im });
export const sub = (a: Complex, b: Complex): Complex => ({ re: a.re - b.re, im: a.im - b.im });
export const neg = (a: Complex): Complex => ({ re: -a.re, im: -a.im });
export const conj = (a: Complex): Complex => ({ re: a.re, im: -a.im });
export const scale = (a: Complex, k: number): Complex => ({ re: a.re * k, im: a.im * k });
export const addReal = (a: Complex, k: number): Complex => ({ re: a.re + k, im: a.im });

export const mul = (a: Complex, b: Complex): Complex => ({
  re: a.re * b.re - a.im * b.im,
  im: a.re * b.im + a.im * b.re,
});

/** a / b by Smith's algorithm (no spurious overflow). */
export function div(a: Complex, b: Complex): Complex {
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    const r = b.im / b.re;
    const d = b.re + b.im * r;
    return { re: (a.re + a.im * r) / d, im: (a.im - a.re * r) / d };
  }
  const r = b.re / b.im;
  const d = b.re * r + b.im;
  return { re: (a.re * r + a.im) / d, im: (a.im * r - a.re) / d };
}

export const inv = (b: Complex): Complex => div(ONE, b);
export const abs = (a: Complex): number => Math.hypot(a.re, a.im);
export const abs2 = (a: Complex): number => a.re * a.re + a.im * a.im;

/** Principal square root (branch cut on the negative real axis, Re √z ≥ 0); exact scaling for tiny/huge |z|. */
export function sqrt(a: Complex): Complex {
  if (a.re === 0 && a.im === 0) return ZERO;
  const m0 = Math.hypot(a.re, a.im);
  // Rescale by an even power of two so that 0.5·(m + |re|) neither underflows nor overflows.
  const k = m0 < 1e-250 ? 600 : m0 > 1e250 ? -600 : 0;
  const f = 2 ** k;
  const re = a.re * f;
  const im = a.im * f;
  const m = m0 * f;
  const back = 2 ** (-k / 2);
  if (re >= 0) {
    const t = Math.sqrt(0.5 * (m + re));
    return { re: t * back, im: (im / (2 * t)) * back };
  }
  const t = Math.sqrt(0.5 * (m - re));
  return { re: (Math.abs(im) / (2 * t)) * back, im: (im >= 0 ? t : -t) * back };
}

/** Principal logarithm. */
export const log = (a: Complex): Complex => ({ re: Math.log(abs(a)), im: Math.atan2(a.im, a.re) });

export const isFiniteComplex = (a: Complex): boolean => Number.isFinite(a.re) && Number.isFinite(a.im);

export const toString = (a: Complex): string =>
  `${a.re}${a.im < 0 || Object.is(a.im, -0) ? "-" : "+"}${Math.abs(a.im)}i`;
