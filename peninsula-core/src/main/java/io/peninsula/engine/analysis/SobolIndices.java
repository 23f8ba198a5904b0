package io.peninsula.engine.analysis;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: first-order (S_i) and total (ST_i) Sobol indices of each input on
 * each output, estimated with Saltelli's sampling scheme and Jansen's estimators (Saltelli et al.
 * 2010, "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Comput. Phys. Commun. 181, 259–270, Table 2: the pair the paper
 * recommends):
 *
 * <pre>
 *   V     = Var over all f(A) and f(B)
 *   S_i   = mean[(f(B) − f̄)·(f(A_B^i) − f(A))] / V           (Table 2 (b), Saltelli et al. 2010)
 *   ST_i  = ½·mean[(f(A) − f(A_B^i))²] / V                  (Table 2 (f), Jansen 1999)
 * </pre>
 *
 * Jansen's first-order form V − ½·mean[(f(B) − f(A_B^i))²] was tried first: with the sample sizes
 * a 150-input scenario affords (N ≈ 256) it gave first-order indices above the total ones for
 * unimportant inputs (its error does not shrink with the index), so the paper's recommended
 * first-order estimator is used; the total index is Jansen's, as specified. f(B) is centred on
 * f̄, the mean over all f(A) and f(B): the estimator stays unbiased (E[f(A_B^i) − f(A)] = 0) and its
 * variance no longer grows with the square of the output's mean — for outcomes on a 0–100 scale the
 * uncentred form has standard errors about ten times larger (as SALib centres its outputs).
 *
 * where A and B are N×k matrices of base points and A_B^i is A with column i taken from B. The
 * base points are the first N points (after the origin) of the 2k-dimensional Sobol' low-discrepancy
 * sequence (Hipparchus {@link SobolSequenceGenerator}, Joe–Kuo direction numbers; k ≤ 500), split
 * into A (first k coordinates) and B (last k): deterministic, no seed. Cost: N·(k + 2) model
 * evaluations. An output with zero variance gets indices 0 (nothing to apportion).
 *
 * <p><b>Confidence intervals.</b> The N base rows are resampled with replacement {@code resamples}
 * times (bootstrap, as SALib's {@code sobol.analyze} does; Archer, Saltelli &amp; Sobol 1997, J. Stat.
 * Comput. Simul. 58, 99–120); each resample re-estimates V, S_i and ST_i from the same model
 * evaluations, and the standard error is the standard deviation over the resamples. The 95 %
 * interval is the estimate ± 1.96 SE (normal approximation). Resampling treats the quasi-random rows
 * as independent, which overstates the error of a low-discrepancy design a little: the intervals
 * are conservative. The resamples are drawn from a {@link SplittableRandom} with the given seed;
 * the point estimates do not depend on it. Extra cost: k·N·m·resamples additions, no model calls.
 *
 * <p>Model calls are made in parallel (the common fork-join pool) and stored by row; every sum is
 * then taken in row order, so results do not depend on the number of threads.
 */
public final class SobolIndices {
  /** z of a two-sided 95 % normal interval. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Indices per output (row) and input (column), with their bootstrap standard errors (all 0 when
   * {@code resamples} is 0).
   */
  public record Result(double[][] first, double[][] total, double[] variance, int evaluations,
      double[][] firstSe, double[][] totalSe, int resamples) {
    /** Half-width of the 95 % interval of S_i (output o, input i). */
    public double firstHalfWidth(int o, int i) {
      return Z95 * firstSe[o][i];
    }

    /** Half-width of the 95 % interval of ST_i (output o, input i). */
    public double totalHalfWidth(int o, int i) {
      return Z95 * totalSe[o][i];
    }
  }

  private SobolIndices() {}

  /** The point estimates alone (no resampling). */
  public static Result compute(int k, int n, Function<double[], double[]> model) {
    return compute(k, n, 0, 0L, model);
  }

  /**
   * @param k number of inputs (coordinates of the unit hypercube)
   * @param n base sample size N
   * @param resamples bootstrap resamples for the standard errors (0: none)
   * @param seed seed of the resampling
   * @param model maps a point of [0,1]^k to the outputs (same length every call); must be pure and thread-safe
   */
  public static Result compute(int k, int n, int resamples, long seed, Function<double[], double[]> model) {
    if (k < 1 || 2 * k > 1000) throw new IllegalArgumentException("Sobol indices need 1..500 inputs, got " + k);
    if (n < 2) throw new IllegalArgumentException("base sample size must be >= 2, got " + n);
    if (resamples < 0 || resamples == 1) throw new IllegalArgumentException("resamples must be 0 or >= 2, got " + resamples);
    SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
    gen.nextVector(); // skip the origin
    double[][] a = new double[n][k];
    double[][] b = new double[n][k];
    for (int j = 0; j < n; j++) {
      double[] v = gen.nextVector();
      System.arraycopy(v, 0, a[j], 0, k);
      System.arraycopy(v, k, b[j], 0, k);
    }
    double[][] fa = new double[n][];
    double[][] fb = new double[n][];
    IntStream.range(0, n).parallel().forEach(j -> {
      fa[j] = model.apply(a[j].clone());
      fb[j] = model.apply(b[j].clone());
    });
    int m = fa[0].length;
    double[] mean = new double[m];
    double[] variance = variance(fa, fb, null, m, mean);
    int[][] counts = counts(resamples, n, seed);
    double[][] bootVariance = new double[resamples][];
    for (int r = 0; r < resamples; r++) bootVariance[r] = variance(fa, fb, counts[r], m, new double[m]);
    double[][] first = new double[m][k];
    double[][] total = new double[m][k];
    double[][] firstSe = new double[m][k];
    double[][] totalSe = new double[m][k];
    double[][] fab = new double[n][];
    double[] bootFirst = new double[resamples];
    double[] bootTotal = new double[resamples];
    for (int i = 0; i < k; i++) {
      int input = i;
      IntStream.range(0, n).parallel().forEach(j -> {
        double[] x = a[j].clone();
        x[input] = b[j][input];
        fab[j] = model.apply(x);
      });
      for (int o = 0; o < m; o++) {
        double sumFirst = 0;
        double sumTotal = 0;
        for (int j = 0; j < n; j++) {
          sumFirst += (fb[j][o] - mean[o]) * (fab[j][o] - fa[j][o]);
          sumTotal += sq(fa[j][o] - fab[j][o]);
        }
        if (variance[o] <= 0) continue;
        first[o][i] = sumFirst / n / variance[o];
        total[o][i] = sumTotal / (2.0 * n) / variance[o];
        if (resamples == 0) continue;
        for (int r = 0; r < resamples; r++) {
          int[] c = counts[r];
          double sf = 0;
          double st = 0;
          for (int j = 0; j < n; j++) {
            if (c[j] == 0) continue;
            sf += c[j] * ((fb[j][o] - mean[o]) * (fab[j][o] - fa[j][o]));
            st += c[j] * sq(fa[j][o] - fab[j][o]);
          }
          double v = bootVariance[r][o];
          bootFirst[r] = v > 0 ? sf / n / v : 0;
          bootTotal[r] = v > 0 ? st / (2.0 * n) / v : 0;
        }
        firstSe[o][i] = sd(bootFirst);
        totalSe[o][i] = sd(bootTotal);
      }
    }
    return new Result(first, total, variance, n * (k + 2), firstSe, totalSe, resamples);
  }

  /** Variance over all f(A) and f(B), each row weighted by its count (null: every row once); the means into {@code means}. */
  private static double[] variance(double[][] fa, double[][] fb, int[] counts, int m, double[] means) {
    int n = fa.length;
    double[] variance = new double[m];
    for (int o = 0; o < m; o++) {
      double mean = 0;
      for (int j = 0; j < n; j++) mean += (counts == null ? 1 : counts[j]) * (fa[j][o] + fb[j][o]);
      mean /= 2 * n;
      means[o] = mean;
      double ss = 0;
      for (int j = 0; j < n; j++) ss += (counts == null ? 1 : counts[j]) * (sq(fa[j][o] - mean) + sq(fb[j][o] - mean));
      variance[o] = ss / (2 * n - 1);
    }
    return variance;
  }

  /** How often each of the n rows occurs in each bootstrap resample. */
  static int[][] counts(int resamples, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[][] counts = new int[resamples][n];
    for (int r = 0; r < resamples; r++)
      for (int j = 0; j < n; j++) counts[r][rnd.nextInt(n)]++;
    return counts;
  }

  /** Sample standard deviation (n − 1). */
  static double sd(double[] x) {
    double mean = 0;
    for (double v : x) mean += v;
    mean /= x.length;
    double ss = 0;
    for (double v : x) ss += sq(v - mean);
    return Math.sqrt(ss / (x.length - 1));
  }

  private static double sq(double v) {
    return v * v;
  }
}
