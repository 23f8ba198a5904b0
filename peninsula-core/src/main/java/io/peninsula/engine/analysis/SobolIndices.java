package io.peninsula.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: first-order (S_i) and total (ST_i) Sobol indices of each input on
 * each output, from Saltelli's sampling scheme (Saltelli et al. 2010, "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys.
 * Commun. 181, 259–270):
 *
 * <pre>
 *   V     = Var over all f(A) and f(B)
 *   ST_i  = ½·mean[(f(A) − f(A_B^i))²] / V                  (Table 2 (f), Jansen 1999)
 *   S_b   = mean[(f(B) − f̄)·(f(A_B^i) − f(A))] / V           (Table 2 (b), Saltelli et al. 2010)
 *   T_N   = [mean(y·y') − m²] / [mean((y² + y'²)/2) − m²],  y = f(B), y' = f(A_B^i),
 *           m = mean((y + y')/2)                           (Janon et al. 2014, eq. (6))
 *   S_i   = w·T_N + (1 − w)·S_b,  w ∈ [0, 1] minimising the asymptotic variance (see below)
 * </pre>
 *
 * <b>Why two first-order estimators.</b> (b) uses f(A_B^i) − f(A), which is small when x_i matters
 * little, so its error vanishes as S_i → 0 (on korea-2025 most inputs' SE is below 0.001); but its
 * variance does not vanish as S_i → 1 (SE ≈ √(3/N) for a normal output), which left each issue's
 * dominant input with SE up to 0.094 at N = 4,096. Janon, Klein, Lagnoux, Nodet &amp; Prieur (2014,
 * "Asymptotic normality and efficiency of two Sobol index estimators", ESAIM: Probability and
 * Statistics 18, 342–364) show T_N is asymptotically efficient among estimators built on the pairs
 * (y, y') that share only x_i, with asymptotic variance Var[(Y − EY)(Y' − EY) − S_i·((Y − EY)² +
 * (Y' − EY)²)/2] / (Var Y)², which is 0 at S_i = 1 (y' = y); at S_i = 0 it is that of the product
 * estimator, ≈ 1/N, about 0.016 at N = 4,096 — worse than (b) there, because (b) also uses f(A) as a
 * control. So each index combines the two: w = (σ_b² − σ_bJ)/(σ_b² + σ_J² − 2σ_bJ), clipped to
 * [0, 1], the minimum-variance weight of two consistent estimators, with the (co)variances of their
 * delta-method influence terms taken on the full sample (deterministic; no seed). When x_i explains
 * everything, T_N's influence is 0 on every row: w = 1 and S_i = 1 exactly; when x_i has no effect,
 * (b)'s is: w = 0 and S_i = 0 exactly. The bootstrap below keeps w fixed and resamples both
 * estimators (the error of estimating w itself is not counted: slightly optimistic, of second
 * order). Jansen's first-order form V − ½·mean[(f(B) − f(A_B^i))²] is, up to its denominator,
 * T_N without the pair's own variance; it was dropped earlier because, used alone, its error does not
 * shrink with the index. f(B) is centred on f̄, the mean over all f(A) and f(B), in (b) (unbiased,
 * since E[f(A_B^i) − f(A)] = 0, and its variance no longer grows with the square of the output's
 * mean); T_N is shift-invariant and computed on values centred the same way.
 *
 * <p>A and B are N×k matrices of base points and A_B^i is A with column i taken from B. The
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
 * as independent, which a low-discrepancy design is not. Measured against 20 independently shifted
 * replicates of the design ({@link #computeShifted}; korea-2025, N = 4,096, bench/sobol-replicates.txt)
 * the bootstrap SE overstates the real error of most indices (median ratio real/bootstrap 0.39) and
 * understates it for a few small ones (3 of 42, up to 4.3 times, all with real errors under 0.007):
 * the intervals give the right order of magnitude, not exact coverage. {@link #replicated} gives intervals
 * from R shifted replicates instead (Student's t on their spread), at R times the cost. The resamples
 * are drawn from a {@link SplittableRandom} with the given seed;
 * the point estimates do not depend on it. Extra cost: k·N·m·resamples additions, no model calls.
 *
 * <p>Model calls are made in parallel (the common fork-join pool) and stored by row; every sum is
 * then taken in row order, so results do not depend on the number of threads.
 */
public final class SobolIndices {
  /** z of a two-sided 95 % normal interval. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Indices per output (row) and input (column), with their standard errors: bootstrap SEs (all 0
   * when {@code resamples} is 0 and {@code replicates} is 0), or, from {@link #replicated}, the
   * standard error SD/√R of the mean of {@code replicates} shifted replicates. {@code critical} is
   * the multiplier of the SE in the 95 % half-width: z = {@link #Z95} for the bootstrap, Student's
   * t_{R−1, 0.975} for replicates. {@code modes} gives, per output, its most common value over the
   * 2N evaluations f(A), f(B) that estimate its variance (pooled over replicates; {@link OutputMode}).
   */
  public record Result(double[][] first, double[][] total, double[] variance, int evaluations,
      double[][] firstSe, double[][] totalSe, int resamples, int replicates, double critical, List<OutputMode> modes) {
    public Result {
      if (replicates < 0 || replicates == 1) throw new IllegalArgumentException("replicates must be 0 or >= 2, got " + replicates);
      if (!(critical > 0)) throw new IllegalArgumentException("critical value must be positive, got " + critical);
      modes = List.copyOf(modes);
      if (modes.size() != variance.length) throw new IllegalArgumentException(modes.size() + " modes for " + variance.length + " outputs");
    }

    /** Half-width of the 95 % interval of S_i (output o, input i). */
    public double firstHalfWidth(int o, int i) {
      return critical * firstSe[o][i];
    }

    /** Half-width of the 95 % interval of ST_i (output o, input i). */
    public double totalHalfWidth(int o, int i) {
      return critical * totalSe[o][i];
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
    return compute(k, n, resamples, seed, model, FirstOrder.COMBINED);
  }

  /** Which first-order estimator: the combination (the default), or one of its two parts alone (for tests and measurements). */
  enum FirstOrder {
    /** Saltelli et al. (2010) Table 2 (b) alone (w = 0). */
    SALTELLI,
    /** Janon et al. (2014) T_N alone (w = 1). */
    JANON,
    /** w·T_N + (1 − w)·(b) with the minimum-variance weight. */
    COMBINED
  }

  static Result compute(int k, int n, int resamples, long seed, Function<double[], double[]> model, FirstOrder estimator) {
    return compute(k, n, resamples, seed, model, estimator, null);
  }

  /**
   * The point estimates on a randomized version of the design: every coordinate of the Sobol'
   * points is XORed, as a 52-bit binary fraction (the generator's own resolution, so exactly), with
   * one random 52-bit vector drawn from {@code shiftSeed} — a random digital shift (L'Ecuyer &amp;
   * Lemieux 2002, "Recent advances in randomized quasi-Monte Carlo methods", §4.2; Owen 2003,
   * "Variance with alternative scramblings of digital nets", ACM TOMACS 13, 363–378). Each shifted
   * point is uniform on [0,1)^2k and the shifted set keeps the net's equidistribution, so
   * independent shifts give independent, identically distributed replicates of the estimator: the
   * spread of the estimates over R shifts measures the design's real error, which the bootstrap
   * (rows treated as independent) only bounds. Used to measure that error
   * ({@code io.peninsula.bench.SobolReplicates}) and reported by {@link #replicated} ({@code sensitivity
   * --replicates R}); the default analysis is unshifted.
   */
  public static Result computeShifted(int k, int n, long shiftSeed, Function<double[], double[]> model) {
    SplittableRandom random = new SplittableRandom(shiftSeed);
    long[] shift = new long[2 * k];
    for (int d = 0; d < shift.length; d++) shift[d] = random.nextLong() & ((1L << 52) - 1);
    return compute(k, n, 0, 0L, model, FirstOrder.COMBINED, shift);
  }

  /**
   * The analysis on {@code replicates} independently digitally shifted copies of the design
   * ({@link #computeShifted}, one after another, each a full analysis at N: R·N·(k + 2) model
   * calls), reported as randomized quasi-Monte Carlo estimates (L'Ecuyer &amp; Lemieux 2002, "Recent
   * advances in randomized quasi-Monte Carlo methods", in Dror, L'Ecuyer &amp; Szidarovszky (eds.),
   * <i>Modeling Uncertainty</i>, Kluwer, §3–4; Owen 2003, ACM TOMACS 13, 363–378): each index is the
   * mean of its R replicates, x̄ = (1/R)·Σ x_r, and its 95 % interval is Student's
   *
   * <pre>
   *   x̄ ± t_{R−1, 0.975} · s / √R,   s² = Σ (x_r − x̄)² / (R − 1)
   * </pre>
   *
   * <p>The replicates are independent and identically distributed (independent uniform shifts of
   * the same net), so s/√R estimates the error of x̄ without assuming the rows are independent,
   * which the bootstrap of {@link #compute} does. The t interval is exact for normal replicates and
   * approximate otherwise (each replicate is a ratio of averages over N points: near normal for
   * large N); with few replicates it is wide because s itself is uncertain (t_{1, 0.975} = 12.7,
   * t_{9, 0.975} = 2.26). {@code variance} is the mean of the replicates' output variances. Replicate r
   * (0-based) uses the shift seed {@code shiftSeeds(seed, R)[r]}, so the result is a deterministic
   * function of {@code seed}. The quantile comes from Hipparchus {@link TDistribution}.
   *
   * @param replicates R ≥ 2
   * @param seed seed from which the R shift seeds are drawn ({@link #shiftSeeds})
   */
  public static Result replicated(int k, int n, int replicates, long seed, Function<double[], double[]> model) {
    if (replicates < 2) throw new IllegalArgumentException("replicates must be at least 2, got " + replicates);
    long evaluations = (long) replicates * n * (k + 2);
    if (evaluations > Integer.MAX_VALUE)
      throw new IllegalArgumentException(replicates + " replicates of N = " + n + " with " + k + " inputs need " + evaluations
          + " model calls, more than " + Integer.MAX_VALUE + "; lower the replicates or N");
    long[] seeds = shiftSeeds(seed, replicates);
    Result[] reps = new Result[replicates];
    for (int r = 0; r < replicates; r++) reps[r] = computeShifted(k, n, seeds[r], model);
    int m = reps[0].first().length;
    double[][] first = new double[m][k];
    double[][] total = new double[m][k];
    double[][] firstSe = new double[m][k];
    double[][] totalSe = new double[m][k];
    double[] variance = new double[m];
    double[] x = new double[replicates];
    double[] y = new double[replicates];
    for (int o = 0; o < m; o++) {
      double v = 0;
      for (Result r : reps) v += r.variance()[o];
      variance[o] = v / replicates;
      for (int i = 0; i < k; i++) {
        for (int r = 0; r < replicates; r++) {
          x[r] = reps[r].first()[o][i];
          y[r] = reps[r].total()[o][i];
        }
        first[o][i] = mean(x);
        total[o][i] = mean(y);
        firstSe[o][i] = sd(x) / Math.sqrt(replicates);
        totalSe[o][i] = sd(y) / Math.sqrt(replicates);
      }
    }
    List<OutputMode> modes = new ArrayList<>();
    for (int o = 0; o < m; o++) {
      List<OutputMode> parts = new ArrayList<>();
      for (Result r : reps) parts.add(r.modes().get(o));
      modes.add(OutputMode.pool(parts));
    }
    return new Result(first, total, variance, (int) evaluations, firstSe, totalSe, 0, replicates, tQuantile95(replicates - 1), modes);
  }

  /**
   * The shift seeds of {@link #replicated}'s R replicates: the first R values of a
   * {@link SplittableRandom} seeded with {@code seed} (so replicate r's seed does not depend on R).
   */
  public static long[] shiftSeeds(long seed, int replicates) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] seeds = new long[replicates];
    for (int r = 0; r < replicates; r++) seeds[r] = random.nextLong();
    return seeds;
  }

  /** t_{df, 0.975}: the two-sided 95 % quantile of Student's t with {@code df} degrees of freedom. */
  public static double tQuantile95(int df) {
    return new TDistribution(df).inverseCumulativeProbability(0.975);
  }

  private static Result compute(int k, int n, int resamples, long seed, Function<double[], double[]> model, FirstOrder estimator, long[] shift) {
    if (k < 1 || 2 * k > 1000) throw new IllegalArgumentException("Sobol indices need 1..500 inputs, got " + k);
    if (n < 2) throw new IllegalArgumentException("base sample size must be >= 2, got " + n);
    if (resamples < 0 || resamples == 1) throw new IllegalArgumentException("resamples must be 0 or >= 2, got " + resamples);
    SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
    gen.nextVector(); // skip the origin
    double[][] a = new double[n][k];
    double[][] b = new double[n][k];
    for (int j = 0; j < n; j++) {
      double[] v = gen.nextVector();
      if (shift != null)
        for (int d = 0; d < v.length; d++) v[d] = (((long) (v[d] * 0x1p52)) ^ shift[d]) * 0x1p-52;
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
        double sumTotal = 0;
        for (int j = 0; j < n; j++) sumTotal += sq(fa[j][o] - fab[j][o]);
        if (variance[o] <= 0) continue;
        total[o][i] = sumTotal / (2.0 * n) / variance[o];
        double saltelli = saltelli(fa, fb, fab, o, null, mean[o], variance[o]);
        double janon = janon(fb, fab, o, null, mean[o]);
        double w = switch (estimator) {
          case SALTELLI -> 0;
          case JANON -> 1;
          case COMBINED -> weight(fa, fb, fab, o, mean[o], variance[o], saltelli, janon);
        };
        first[o][i] = w == 1 ? janon : w == 0 ? saltelli : w * janon + (1 - w) * saltelli;
        if (resamples == 0) continue;
        for (int r = 0; r < resamples; r++) {
          int[] c = counts[r];
          double st = 0;
          for (int j = 0; j < n; j++) if (c[j] != 0) st += c[j] * sq(fa[j][o] - fab[j][o]);
          double v = bootVariance[r][o];
          double bs = v > 0 ? saltelli(fa, fb, fab, o, c, mean[o], v) : 0;
          double bj = janon(fb, fab, o, c, mean[o]);
          bootFirst[r] = w == 1 ? bj : w == 0 ? bs : w * bj + (1 - w) * bs;
          bootTotal[r] = v > 0 ? st / (2.0 * n) / v : 0;
        }
        firstSe[o][i] = sd(bootFirst);
        totalSe[o][i] = sd(bootTotal);
      }
    }
    List<OutputMode> modes = new ArrayList<>();
    double[] values = new double[2 * n];
    for (int o = 0; o < m; o++) {
      for (int j = 0; j < n; j++) {
        values[2 * j] = fa[j][o];
        values[2 * j + 1] = fb[j][o];
      }
      modes.add(OutputMode.of(values));
    }
    return new Result(first, total, variance, n * (k + 2), firstSe, totalSe, resamples, 0, Z95, modes);
  }


  /**
   * Saltelli et al. (2010) Table 2 (b): mean[(f(B) − f̄)(f(A_B^i) − f(A))] / V, rows weighted by
   * {@code counts} (null: once each). f̄ is the full sample's mean (a constant shift: unbiased).
   */
  private static double saltelli(double[][] fa, double[][] fb, double[][] fab, int o, int[] counts, double mean, double variance) {
    int n = fa.length;
    double sum = 0;
    for (int j = 0; j < n; j++) {
      int c = counts == null ? 1 : counts[j];
      if (c != 0) sum += c * ((fb[j][o] - mean) * (fab[j][o] - fa[j][o]));
    }
    return sum / n / variance;
  }

  /**
   * Janon et al. (2014) eq. (6), T_N, on the pair y = f(B), y' = f(A_B^i) (they share x_i):
   * [mean(y·y') − m²] / [mean((y² + y'²)/2) − m²], m = mean((y + y')/2); rows weighted by
   * {@code counts}. The estimator is invariant to shifting y and y' by a constant, so both are first
   * centred on the full sample's mean (no cancellation for outcomes far from 0). When y' = y on
   * every row the numerator and the denominator are the same sum, term by term: exactly 1. A pair
   * with no spread gives 0.
   */
  private static double janon(double[][] fb, double[][] fab, int o, int[] counts, double mean) {
    int n = fb.length;
    double sxy = 0;
    double sx = 0;
    double sxx = 0;
    for (int j = 0; j < n; j++) {
      int c = counts == null ? 1 : counts[j];
      if (c == 0) continue;
      double y = fb[j][o] - mean;
      double y2 = fab[j][o] - mean;
      sxy += c * (y * y2);
      sx += c * ((y + y2) * 0.5);
      sxx += c * ((y * y + y2 * y2) * 0.5);
    }
    double m = sx / n;
    double den = sxx / n - m * m;
    return den > 0 ? (sxy / n - m * m) / den : 0;
  }

  /**
   * Weight w ∈ [0, 1] of Janon's estimator in the first-order index w·T_N + (1 − w)·(b): the weight
   * that minimises the asymptotic variance of the combination of two consistent estimators,
   * w = (σ_b² − σ_bJ)/(σ_b² + σ_J² − 2σ_bJ), clipped to [0, 1], from their delta-method influence
   * terms on the full sample (deterministic: no seed), T_N's from Janon et al.'s asymptotic variance:
   * ψ_J = [(y − m)(y' − m) − T_N·((y − m)² + (y' − m)²)/2]/D, and ψ_b = [(f(B) − f̄)(f(A_B^i) − f(A)) − S_b·((f(A) − f̄)² +
   * (f(B) − f̄)²)/2]/V. ψ_J is 0 on every row when S_i = 1 (w = 1: the index is exactly 1) and ψ_b is
   * 0 on every row when x_i has no effect (w = 0: exactly 0).
   */
  private static double weight(double[][] fa, double[][] fb, double[][] fab, int o, double mean, double variance,
      double saltelli, double janon) {
    int n = fa.length;
    double sx = 0;
    double sxx = 0;
    for (int j = 0; j < n; j++) {
      double y = fb[j][o] - mean;
      double y2 = fab[j][o] - mean;
      sx += (y + y2) * 0.5;
      sxx += (y * y + y2 * y2) * 0.5;
    }
    double m = sx / n;
    double den = sxx / n - m * m;
    double sb = 0;
    double sj = 0;
    double sbb = 0;
    double sjj = 0;
    double sbj = 0;
    for (int j = 0; j < n; j++) {
      double ya = fa[j][o] - mean;
      double yb = fb[j][o] - mean;
      double yab = fab[j][o] - mean;
      double pb = (yb * (fab[j][o] - fa[j][o]) - saltelli * ((ya * ya + yb * yb) * 0.5)) / variance;
      double u = yb - m;
      double u2 = yab - m;
      double pj = den > 0 ? (u * u2 - janon * ((u * u + u2 * u2) * 0.5)) / den : 0;
      sb += pb;
      sj += pj;
      sbb += pb * pb;
      sjj += pj * pj;
      sbj += pb * pj;
    }
    double vb = Math.max(0, sbb / n - sq(sb / n));
    double vj = Math.max(0, sjj / n - sq(sj / n));
    double cbj = sbj / n - (sb / n) * (sj / n);
    if (vj == 0) return 1;
    if (vb == 0) return 0;
    double d = vb + vj - 2 * cbj;
    if (d <= 0) return vj <= vb ? 1 : 0;
    return Math.min(1, Math.max(0, (vb - cbj) / d));
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

  /** Mean, summed in index order. */
  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) sum += v;
    return sum / x.length;
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
