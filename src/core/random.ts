/**
 * A source of random numbers. Implemented by the seeded generators in `sim/rng`; declared here so
 * that measures can sample without depending on the simulation layer.
 */
export interface RandomSource {
  /** Uniform on [0, 1), 53-bit resolution. */
  uniform(): number;
  /** Standard normal N(0, 1), exact in float64. */
  normal(): number;
}
