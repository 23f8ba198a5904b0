package io.peninsula.engine.bargaining;

/**
 * Keeps the weighted sums of the bargaining models finite when capabilities are close to
 * {@link Double#MAX_VALUE}. The models' weighted mean μ = Σ c_k s_k x_k / Σ c_k s_k and the
 * probabilities of success P_ij = Σ_k max(0, v_k(i, j)) / Σ votes (Scholz, Calbert &amp; Smith 2011,
 * eqs. 1–2; Bueno de Mesquita 1994) are ratios of sums that are each linear in the weights c_k s_k, so
 * they do not change when every capability is multiplied by one constant. In double precision the
 * sums overflow to ±Infinity for capabilities near 1.8e308 (Inf/Inf = NaN). The choice made here:
 * multiply the capabilities by a power of two, 2^−e with e the binary exponent of the largest weight,
 * before summing. A power-of-two scaling is exact in binary floating point (IEEE 754-2008, §5.3.3
 * scaleB; Goldberg 1991, "What every computer scientist should know about floating-point
 * arithmetic", §2.1) as long as nothing underflows, so every product and every rounded sum is the
 * unscaled one times 2^−e, and the ratio is the same double the unscaled arithmetic would give if its
 * exponent range were unbounded. Weights more than 2^1000 times smaller than the largest may underflow
 * to subnormals or zero; their share of any sum is below 2^−1000, far under one unit in the last
 * place, so the result is unchanged in practice too.
 *
 * <p>Only inputs whose largest weight reaches {@link #LIMIT} = 2^960 are scaled: below it no sum of
 * the models can overflow (the largest, the {@code scholz2011} denominator, is at most n³ times the
 * largest weight, and the scenario cell limit keeps n far below 2^20), and every other input keeps
 * its exact arithmetic, so every published anchor stays bit-identical.
 */
final class HugeWeights {
  /** Largest weight c·s left unscaled. */
  static final double LIMIT = 0x1p960;

  private HugeWeights() {}

  /** The power of two to scale the first n capabilities by (0 = none): −(exponent of max c·s). */
  static int shift(double[] c, double[] s, int n) {
    double largest = 0;
    for (int k = 0; k < n; k++) largest = Math.max(largest, c[k] * s[k]);
    return largest >= LIMIT ? -Math.getExponent(largest) : 0;
  }

  /** c scaled by 2^shift into {@code out} (first n entries); returns out. */
  static double[] scale(double[] c, int n, int shift, double[] out) {
    for (int k = 0; k < n; k++) out[k] = Math.scalb(c[k], shift);
    return out;
  }

  /** c itself when no scaling is needed, else a scaled copy. */
  static double[] fit(double[] c, double[] s) {
    int shift = shift(c, s, c.length);
    return shift == 0 ? c : scale(c, c.length, shift, new double[c.length]);
  }
}
