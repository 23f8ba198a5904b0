package io.peninsula.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Morris elementary-effects screening (Morris 1991, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33(2)) with the μ* measure of Campolongo, Cariboni &amp;
 * Saltelli (2007, Environ. Model. Softw. 22).
 *
 * <p>r trajectories on a p-level grid of [0,1]^k with step Δ = p / (2(p − 1)) (p even): each starts
 * at a random grid point, then moves each input once, in random order, by +Δ when it can and −Δ
 * otherwise. The elementary effect of input i is EE_i = (f(x + Δe_i) − f(x)) / (±Δ): the change of
 * the output per unit of the input's whole range. Reported per input and output: μ = mean EE,
 * μ* = mean |EE|, σ = standard deviation of EE (n − 1). Cost r·(k + 1) evaluations; deterministic
 * for a seed.
 *
 * <p><b>Confidence intervals of μ*.</b> The r trajectories are resampled with replacement
 * {@code resamples} times (bootstrap, as SALib's {@code morris.analyze} does); the standard error
 * of μ* is the standard deviation of μ* over the resamples, and its 95 % interval is μ* ± 1.96 SE.
 * The resamples use their own generator (seed + 1), so the trajectories, and μ, μ*, σ, are the same
 * with or without them.
 */
public final class MorrisScreening {
  /**
   * Measures per output (row) and input (column); {@code modes}: per output, its most common value
   * over the r(k + 1) points of the trajectories ({@link OutputMode}).
   */
  public record Result(double[][] mu, double[][] muStar, double[][] sigma, int evaluations, double[][] muStarSe, int resamples,
      List<OutputMode> modes) {
    public Result {
      modes = List.copyOf(modes);
    }

    /** Half-width of the 95 % interval of μ* (output o, input i). */
    public double muStarHalfWidth(int o, int i) {
      return SobolIndices.Z95 * muStarSe[o][i];
    }
  }

  private MorrisScreening() {}

  /** The measures alone (no resampling). */
  public static Result compute(int k, int trajectories, int levels, long seed, Function<double[], double[]> model) {
    return compute(k, trajectories, levels, seed, 0, model);
  }

  /** As {@link #compute(int, int, int, long, Function)}, with {@code resamples} bootstrap resamples of the trajectories for the SE of μ*. */
  public static Result compute(int k, int trajectories, int levels, long seed, int resamples, Function<double[], double[]> model) {
    if (resamples < 0 || resamples == 1) throw new IllegalArgumentException("resamples must be 0 or >= 2, got " + resamples);
    if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels p must be even and >= 2, got " + levels);
    if (trajectories < 2) throw new IllegalArgumentException("need at least 2 trajectories, got " + trajectories);
    double delta = levels / (2.0 * (levels - 1));
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][][] ee = null;
    double[][] points = null; // every output at every point of every trajectory, for the modes
    int point = 0;
    for (int t = 0; t < trajectories; t++) {
      double[] x = new double[k];
      for (int i = 0; i < k; i++) x[i] = rnd.nextInt(levels) / (double) (levels - 1);
      int[] order = permutation(k, rnd);
      double[] y = model.apply(x.clone());
      if (ee == null) {
        ee = new double[y.length][k][trajectories];
        points = new double[y.length][trajectories * (k + 1)];
      }
      for (int o = 0; o < y.length; o++) points[o][point] = y[o];
      point++;
      for (int i : order) {
        double step = x[i] + delta <= 1 + 1e-12 ? delta : -delta;
        x[i] += step;
        double[] y2 = model.apply(x.clone());
        for (int o = 0; o < y.length; o++) {
          ee[o][i][t] = (y2[o] - y[o]) / step;
          points[o][point] = y2[o];
        }
        point++;
        y = y2;
      }
    }
    int m = ee.length;
    double[][] mu = new double[m][k];
    double[][] muStar = new double[m][k];
    double[][] sigma = new double[m][k];
    for (int o = 0; o < m; o++)
      for (int i = 0; i < k; i++) {
        double s = 0;
        double sa = 0;
        for (double e : ee[o][i]) {
          s += e;
          sa += Math.abs(e);
        }
        mu[o][i] = s / trajectories;
        muStar[o][i] = sa / trajectories;
        double ss = 0;
        for (double e : ee[o][i]) ss += (e - mu[o][i]) * (e - mu[o][i]);
        sigma[o][i] = Math.sqrt(ss / (trajectories - 1));
      }
    double[][] muStarSe = new double[m][k];
    if (resamples > 0) {
      int[][] counts = SobolIndices.counts(resamples, trajectories, seed + 1);
      double[] boot = new double[resamples];
      for (int o = 0; o < m; o++)
        for (int i = 0; i < k; i++) {
          for (int r = 0; r < resamples; r++) {
            double sa = 0;
            for (int t = 0; t < trajectories; t++) sa += counts[r][t] * Math.abs(ee[o][i][t]);
            boot[r] = sa / trajectories;
          }
          muStarSe[o][i] = SobolIndices.sd(boot);
        }
    }
    List<OutputMode> modes = new ArrayList<>();
    for (double[] p : points) modes.add(OutputMode.of(p));
    return new Result(mu, muStar, sigma, trajectories * (k + 1), muStarSe, resamples, modes);
  }

  private static int[] permutation(int k, SplittableRandom rnd) {
    int[] p = new int[k];
    for (int i = 0; i < k; i++) p[i] = i;
    for (int i = k - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
