package io.peninsula.engine.analysis;

import java.util.Arrays;

/**
 * Running moments of m series over one block of samples (Welford 1962 updates), merged across
 * blocks with the pairwise formulas of Chan, Golub &amp; LeVeque (1979). Floating-point merging is
 * not associative, so {@link MonteCarlo} always merges blocks in block order.
 */
final class BlockMoments implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  long n;
  final double[] mean;
  final double[] m2;
  final double[] lo;
  final double[] hi;
  final double[] change;

  BlockMoments(int m) {
    mean = new double[m];
    m2 = new double[m];
    lo = new double[m];
    hi = new double[m];
    change = new double[m];
    Arrays.fill(lo, Double.POSITIVE_INFINITY);
    Arrays.fill(hi, Double.NEGATIVE_INFINITY);
  }

  /** Call {@link #next()} once per sample, then {@link #add} once per series. */
  void next() {
    n++;
  }

  void add(int k, double x, double delta) {
    double d = x - mean[k];
    mean[k] += d / n;
    m2[k] += d * (x - mean[k]);
    change[k] += (delta - change[k]) / n;
    if (x < lo[k]) lo[k] = x;
    if (x > hi[k]) hi[k] = x;
  }

  void merge(BlockMoments b) {
    if (b.n == 0) return;
    long total = n + b.n;
    for (int k = 0; k < mean.length; k++) {
      double d = b.mean[k] - mean[k];
      mean[k] += d * b.n / total;
      m2[k] += b.m2[k] + d * d * ((double) n * b.n / total);
      change[k] += (b.change[k] - change[k]) * b.n / total;
      lo[k] = Math.min(lo[k], b.lo[k]);
      hi[k] = Math.max(hi[k], b.hi[k]);
    }
    n = total;
  }

  double sd(int k) {
    return n > 1 ? Math.sqrt(m2[k] / (n - 1)) : 0;
  }
}
