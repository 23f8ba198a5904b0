package io.peninsula.engine.dynamics;

import io.peninsula.error.InvalidInputException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile intervals of the Richardson coefficients by the fixed-regressor residual bootstrap
 * (Efron and Tibshirani 1993, <i>An Introduction to the Bootstrap</i>, section 9.5): each replicate
 * keeps the lagged levels, adds to the fitted changes residuals drawn with replacement — a whole
 * year at a time, so the correlation between the two states' shocks is kept — and refits by OLS.
 * The recursive bootstrap that regenerates the series was not used: with near-unit-root estimates
 * its replicates wander far from the data. Deterministic given the seed.
 */
public final class ArmsBootstrap {
  private ArmsBootstrap() {}

  /** The result: six coefficient intervals and the share of replicates whose system is stable. */
  public record Result(
      Interval firstGrievance, Interval firstDefence, Interval firstFatigue,
      Interval secondGrievance, Interval secondDefence, Interval secondFatigue,
      double stableShare, int replicates) {}

  /**
   * Runs {@code replicates} bootstrap fits of {@code point} (fitted to logs {@code x}, {@code y})
   * and returns the {@code (1 - level) / 2} and {@code (1 + level) / 2} percentiles.
   */
  public static Result run(double[] x, double[] y, RichardsonSystem point, int replicates, double level, long seed) {
    if (replicates < 1) throw new InvalidInputException("bootstrap replicates must be >= 1, got " + replicates);
    if (!(level > 0 && level < 1)) throw new InvalidInputException("interval level must be in (0, 1), got " + level);
    double[][] res = RichardsonEstimator.residuals(point, x, y);
    int n = res.length;
    double[][] draws = new double[6][replicates];
    int stable = 0;
    SplittableRandom rng = new SplittableRandom(seed);
    double[] bx = new double[x.length];
    double[] by = new double[y.length];
    for (int r = 0; r < replicates; r++) {
      bx[0] = x[0];
      by[0] = y[0];
      for (int t = 1; t < x.length; t++) {
        double[] e = res[rng.nextInt(n)];
        // the replicate's change at t is the fitted change from the real lagged levels plus a drawn residual
        bx[t] = x[t - 1] + point.first().change(x[t - 1], y[t - 1]) + e[0];
        by[t] = y[t - 1] + point.second().change(y[t - 1], x[t - 1]) + e[1];
      }
      RichardsonSystem s = new RichardsonSystem(fixedDesign(bx, x, y), fixedDesign(by, y, x));
      draws[0][r] = s.first().grievance();
      draws[1][r] = s.first().defence();
      draws[2][r] = s.first().fatigue();
      draws[3][r] = s.second().grievance();
      draws[4][r] = s.second().defence();
      draws[5][r] = s.second().fatigue();
      if (s.stable()) stable++;
    }
    double lo = (1 - level) / 2;
    double hi = (1 + level) / 2;
    return new Result(
        interval(point.first().grievance(), draws[0], lo, hi),
        interval(point.first().defence(), draws[1], lo, hi),
        interval(point.first().fatigue(), draws[2], lo, hi),
        interval(point.second().grievance(), draws[3], lo, hi),
        interval(point.second().defence(), draws[4], lo, hi),
        interval(point.second().fatigue(), draws[5], lo, hi),
        (double) stable / replicates, replicates);
  }

  /** OLS of the replicate's changes {@code next[t] - own[t-1]} on the real lagged (rival, own). */
  private static RichardsonCoefficients fixedDesign(double[] next, double[] own, double[] rival) {
    int n = own.length - 1;
    double[] d = new double[n];
    double[][] z = new double[n][2];
    for (int t = 1; t < own.length; t++) {
      d[t - 1] = next[t] - own[t - 1];
      z[t - 1][0] = rival[t - 1];
      z[t - 1][1] = own[t - 1];
    }
    double[] b = LeastSquares.fit(d, z);
    return new RichardsonCoefficients(b[0], b[1], -b[2]);
  }

  private static Interval interval(double estimate, double[] draws, double lo, double hi) {
    double[] s = draws.clone();
    Arrays.sort(s);
    return new Interval(estimate, quantile(s, lo), quantile(s, hi));
  }

  /** Linear interpolation between order statistics (Hyndman and Fan 1996, type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int i = (int) Math.floor(h);
    if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
    return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
  }
}
