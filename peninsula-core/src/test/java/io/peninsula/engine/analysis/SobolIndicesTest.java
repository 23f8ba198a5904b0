package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {
  /** Ishigami & Homma (1990) on [-π, π]^3 with a = 7, b = 0.1; analytic indices from Sobol' & Levitan (1999). */
  static double[] ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return new double[] {Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1)};
  }

  /** Analytic first-order and total indices of {@link #ishigami} (a = 7, b = 0.1): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸(1/18 − 1/50). */
  static final double[] ISHIGAMI_FIRST;
  static final double[] ISHIGAMI_TOTAL;

  static {
    double a = 7;
    double b = 0.1;
    double v = a * a / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
    double v2 = a * a / 8;
    double v13 = b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    ISHIGAMI_FIRST = new double[] {v1 / v, v2 / v, 0};
    ISHIGAMI_TOTAL = new double[] {(v1 + v13) / v, v2 / v, v13 / v};
  }

  @Test
  void compute_ishigami_matchesAnalyticIndicesWithin002() {
    // analytic: V = a²/8 + b π⁴/5 + b² π⁸/18 + 1/2; V1 = (1 + b π⁴/5)²/2, V2 = a²/8, V13 = b² π⁸ (1/18 − 1/50)
    double a = 7;
    double b = 0.1;
    double v = a * a / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
    double v2 = a * a / 8;
    double v13 = b * b * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    var r = SobolIndices.compute(3, 8192, SobolIndicesTest::ishigami);
    assertThat(v1 / v).isCloseTo(0.3139, within(1e-4));
    assertThat(r.first()[0][0]).isCloseTo(v1 / v, within(0.02));
    assertThat(r.first()[0][1]).isCloseTo(v2 / v, within(0.02));
    assertThat(r.first()[0][2]).isCloseTo(0.0, within(0.02));
    assertThat(r.total()[0][0]).isCloseTo((v1 + v13) / v, within(0.02));
    assertThat(r.total()[0][1]).isCloseTo(v2 / v, within(0.02));
    assertThat(r.total()[0][2]).isCloseTo(v13 / v, within(0.02));
    assertThat(r.evaluations()).isEqualTo(8192 * 5);
  }

  @Test
  void compute_additiveFunction_firstEqualsTotalAndSumsToOne() {
    // f = 1·x1 + 2·x2 + 0·x3 with x uniform: V_i ∝ c_i², so S = (1/5, 4/5, 0)
    var r = SobolIndices.compute(3, 4096, u -> new double[] {u[0] + 2 * u[1]});
    assertThat(r.first()[0][0]).isCloseTo(0.2, within(0.01));
    assertThat(r.first()[0][1]).isCloseTo(0.8, within(0.01));
    assertThat(r.total()[0][2]).isCloseTo(0.0, within(1e-12));
    assertThat(r.total()[0][1]).isCloseTo(0.8, within(0.01));
  }

  @Test
  void compute_ishigamiWithResamples_intervalsCoverAnalyticValuesAndEstimatesUnchanged() {
    double[] first = ISHIGAMI_FIRST;
    double[] total = ISHIGAMI_TOTAL;
    var plain = SobolIndices.compute(3, 4096, SobolIndicesTest::ishigami);
    var r = SobolIndices.compute(3, 4096, 200, 11L, SobolIndicesTest::ishigami);
    for (int i = 0; i < 3; i++) {
      // the resampling leaves the point estimates bit for bit as they were
      assertThat(r.first()[0][i]).isEqualTo(plain.first()[0][i]);
      assertThat(r.total()[0][i]).isEqualTo(plain.total()[0][i]);
      assertThat(r.firstSe()[0][i]).isPositive();
      assertThat(Math.abs(r.first()[0][i] - first[i])).as("S_%d within its 95%% interval", i + 1).isLessThanOrEqualTo(r.firstHalfWidth(0, i));
      assertThat(Math.abs(r.total()[0][i] - total[i])).as("ST_%d within its 95%% interval", i + 1).isLessThanOrEqualTo(r.totalHalfWidth(0, i));
    }
    assertThat(plain.firstSe()[0][0]).isZero();
    assertThat(r.resamples()).isEqualTo(200);
  }

  @Test
  void compute_largerSample_smallerStandardErrors() {
    var small = SobolIndices.compute(3, 512, 200, 3L, SobolIndicesTest::ishigami);
    var large = SobolIndices.compute(3, 8192, 200, 3L, SobolIndicesTest::ishigami);
    for (int i = 0; i < 3; i++) {
      // SE ∝ 1/√N: 16 times the sample, about a quarter of the error
      assertThat(large.firstSe()[0][i]).isLessThan(small.firstSe()[0][i] / 2.5);
      assertThat(large.totalSe()[0][i]).isLessThan(small.totalSe()[0][i] / 2.5);
    }
  }

  @Test
  void compute_sameSeed_sameIntervals_otherSeed_sameEstimates() {
    var x = SobolIndices.compute(3, 256, 50, 5L, SobolIndicesTest::ishigami);
    var y = SobolIndices.compute(3, 256, 50, 5L, SobolIndicesTest::ishigami);
    var z = SobolIndices.compute(3, 256, 50, 6L, SobolIndicesTest::ishigami);
    assertThat(y.firstSe()).isDeepEqualTo(x.firstSe());
    assertThat(z.first()).isDeepEqualTo(x.first());
    assertThat(z.firstSe()[0][0]).isNotEqualTo(x.firstSe()[0][0]);
  }

  @Test
  void compute_oneInputExplainsEverything_firstOrderExactlyOneWithZeroSpread() {
    // f = 3·x1 + 5 (x2, x3 unused): S = ST = (1, 0, 0). f(A_B^1) = f(B) on every row, so Janon's T_N
    // is exactly 1 in the estimate and in every resample; x2 and x3 leave f(A_B^i) = f(A), so (b) is exactly 0.
    var r = SobolIndices.compute(3, 1024, 200, 7L, u -> new double[] {3 * u[0] + 5});
    assertThat(r.first()[0]).containsExactly(1.0, 0.0, 0.0);
    assertThat(r.firstSe()[0]).containsExactly(0.0, 0.0, 0.0);
    assertThat(r.total()[0][0]).isCloseTo(1.0, within(0.01));
    assertThat(r.total()[0][1]).isZero();
    // the estimator (b) alone is not exact there: its error does not vanish as S → 1
    var b = SobolIndices.compute(3, 1024, 200, 7L, u -> new double[] {3 * u[0] + 5}, SobolIndices.FirstOrder.SALTELLI);
    assertThat(b.firstSe()[0][0]).isGreaterThan(0.01);
  }

  @Test
  void compute_dominantInput_bootstrapErrorFarBelowSaltelliB_property() {
    // random additive models f = x1 + Σ c_j·x_j² with small c_j: S_1 between about 0.9 and 1
    SplittableRandom rnd = new SplittableRandom(2014);
    for (int trial = 0; trial < 10; trial++) {
      int k = 2 + rnd.nextInt(4);
      double[] c = new double[k];
      for (int j = 1; j < k; j++) c[j] = rnd.nextDouble(0.01, 0.2);
      java.util.function.Function<double[], double[]> f = u -> {
        double y = u[0];
        for (int j = 1; j < k; j++) y += c[j] * u[j] * u[j];
        return new double[] {y};
      };
      long seed = rnd.nextLong();
      var now = SobolIndices.compute(k, 1024, 100, seed, f);
      var old = SobolIndices.compute(k, 1024, 100, seed, f, SobolIndices.FirstOrder.SALTELLI);
      var janon = SobolIndices.compute(k, 1024, 100, seed, f, SobolIndices.FirstOrder.JANON);
      assertThat(now.first()[0][0]).as("trial %d: S_1", trial).isGreaterThan(0.85);
      assertThat(now.firstSe()[0][0]).as("trial %d: SE of the dominant input", trial).isLessThan(old.firstSe()[0][0] / 4);
      for (int j = 1; j < k; j++) {
        // for the minor inputs the combination keeps (b)'s small error, which T_N alone would not
        assertThat(now.firstSe()[0][j]).as("trial %d: SE of minor input %d", trial, j)
            .isLessThanOrEqualTo(1.1 * Math.min(old.firstSe()[0][j], janon.firstSe()[0][j]));
      }
      assertThat(janon.firstSe()[0][k - 1]).isGreaterThan(2 * old.firstSe()[0][k - 1]);
    }
  }

  @Test
  void computeShifted_ishigami_replicatesAreCentredOnTheAnalyticIndicesAndDiffer() {
    double a = 7;
    double b = 0.1;
    double v = a * a / 8 + b * Math.pow(Math.PI, 4) / 5 + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
    double s1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2) / v;
    double s2 = a * a / 8 / v;
    int reps = 12;
    double[] m = new double[3];
    double[] sq = new double[3];
    for (int r = 0; r < reps; r++) {
      var x = SobolIndices.computeShifted(3, 1024, 100L + r, SobolIndicesTest::ishigami);
      for (int i = 0; i < 3; i++) {
        m[i] += x.first()[0][i] / reps;
        sq[i] += x.first()[0][i] * x.first()[0][i] / reps;
      }
    }
    double[] expected = {s1, s2, 0};
    for (int i = 0; i < 3; i++) {
      double sd = Math.sqrt(Math.max(0, sq[i] - m[i] * m[i]) * reps / (reps - 1));
      // unbiased up to the ratio's O(1/N): the mean of 12 replicates is within 4 standard errors
      assertThat(m[i]).as("mean of S_%d", i + 1).isCloseTo(expected[i], within(4 * sd / Math.sqrt(reps) + 1e-3));
    }
    assertThat(m[0]).isNotEqualTo(SobolIndices.compute(3, 1024, SobolIndicesTest::ishigami).first()[0][0]);
  }

  @Test
  void computeShifted_sameSeedSameIndices_otherSeedOtherIndices() {
    var x = SobolIndices.computeShifted(3, 256, 5L, SobolIndicesTest::ishigami);
    var y = SobolIndices.computeShifted(3, 256, 5L, SobolIndicesTest::ishigami);
    var z = SobolIndices.computeShifted(3, 256, 6L, SobolIndicesTest::ishigami);
    assertThat(x.first()[0]).containsExactly(y.first()[0]);
    assertThat(x.total()[0]).containsExactly(y.total()[0]);
    assertThat(x.first()[0][0]).isNotEqualTo(z.first()[0][0]);
  }

  @Test
  void computeShifted_pointsStayInTheUnitCubeAndAreEquidistributed() {
    // a digital shift permutes the dyadic boxes of a (t, m, s)-net: with N = 1024 points, each
    // half [0, .5) and [.5, 1) of every coordinate still holds exactly N/2 of A's and of B's points
    int n = 1024;
    var x = SobolIndices.computeShifted(2, n, 9L, u -> {
      for (double c : u) assertThat(c).isBetween(0.0, 1.0);
      return new double[] {u[0] < 0.5 ? 1 : 0, u[1] < 0.5 ? 1 : 0};
    });
    // the 2N values of each indicator over A and B have mean exactly 1/2, so their variance
    // (denominator 2N − 1) is (N/2)/(2N − 1); a count off by one point would move it by about 1/(4N²)
    double exact = (n / 2.0) / (2 * n - 1);
    assertThat(x.variance()[0]).isCloseTo(exact, within(1e-12));
    assertThat(x.variance()[1]).isCloseTo(exact, within(1e-12));
  }

  @Test
  void replicated_ishigami_tIntervalsCoverTheAnalyticIndices() {
    double[] first = ISHIGAMI_FIRST;
    double[] total = ISHIGAMI_TOTAL;
    var r = SobolIndices.replicated(3, 1024, 10, 42L, SobolIndicesTest::ishigami);
    assertThat(r.evaluations()).isEqualTo(10 * 1024 * 5);
    assertThat(r.replicates()).isEqualTo(10);
    assertThat(r.resamples()).isZero();
    // Student's t with 9 degrees of freedom (tables: 2.262)
    assertThat(r.critical()).isCloseTo(2.2622, within(1e-4));
    for (int i = 0; i < 3; i++) {
      assertThat(Math.abs(r.first()[0][i] - first[i])).as("S_%d within its 95%% t-interval", i + 1).isLessThanOrEqualTo(r.firstHalfWidth(0, i));
      assertThat(Math.abs(r.total()[0][i] - total[i])).as("ST_%d within its 95%% t-interval", i + 1).isLessThanOrEqualTo(r.totalHalfWidth(0, i));
      // and the intervals are informative: narrower than ±0.02 at R·N = 10,240 rows
      assertThat(r.firstHalfWidth(0, i)).isPositive().isLessThan(0.02);
      assertThat(r.totalHalfWidth(0, i)).isPositive().isLessThan(0.02);
    }
  }

  @Test
  void replicated_oneInputExplainsEverything_firstOrderExactlyWithZeroWidth() {
    // f = 3·x1 + 5: every replicate gives S = (1, 0, 0) exactly (see the unshifted test), so their
    // mean is exact and their spread is 0; ST_2 = ST_3 = 0 exactly too
    var r = SobolIndices.replicated(3, 256, 4, 3L, u -> new double[] {3 * u[0] + 5});
    assertThat(r.first()[0]).containsExactly(1.0, 0.0, 0.0);
    for (int i = 0; i < 3; i++) assertThat(r.firstHalfWidth(0, i)).isZero();
    assertThat(r.total()[0][1]).isZero();
    assertThat(r.totalHalfWidth(0, 2)).isZero();
    assertThat(r.total()[0][0]).isCloseTo(1.0, within(0.02));
  }

  @Test
  void replicated_sameSeedSameResult_otherSeedOtherEstimates() {
    var x = SobolIndices.replicated(3, 128, 3, 5L, SobolIndicesTest::ishigami);
    var y = SobolIndices.replicated(3, 128, 3, 5L, SobolIndicesTest::ishigami);
    var z = SobolIndices.replicated(3, 128, 3, 6L, SobolIndicesTest::ishigami);
    assertThat(y.first()).isDeepEqualTo(x.first());
    assertThat(y.total()).isDeepEqualTo(x.total());
    assertThat(y.firstSe()).isDeepEqualTo(x.firstSe());
    assertThat(y.totalSe()).isDeepEqualTo(x.totalSe());
    assertThat(z.first()[0][0]).isNotEqualTo(x.first()[0][0]);
    // replicate r's shift seed does not depend on R
    assertThat(SobolIndices.shiftSeeds(5L, 5)).startsWith(SobolIndices.shiftSeeds(5L, 3));
  }

  /** Property: estimate = mean and half-width = t_{R−1,0.975}·SD/√R of the computeShifted replicates, on random models. */
  @Test
  void replicated_isTheMeanAndTIntervalOfItsShiftedReplicates_property() {
    SplittableRandom rnd = new SplittableRandom(2002);
    for (int trial = 0; trial < 8; trial++) {
      int k = 1 + rnd.nextInt(4);
      int n = 16 << rnd.nextInt(4);
      int reps = 2 + rnd.nextInt(6);
      long seed = rnd.nextLong();
      double[] c = new double[k];
      for (int j = 0; j < k; j++) c[j] = rnd.nextDouble(-2, 2);
      java.util.function.Function<double[], double[]> f = u -> {
        double y = 0;
        double z = 1;
        for (int j = 0; j < k; j++) {
          y += c[j] * u[j] * u[j];
          z *= 1 + c[j] * u[j];
        }
        return new double[] {y, z};
      };
      var r = SobolIndices.replicated(k, n, reps, seed, f);
      long[] seeds = SobolIndices.shiftSeeds(seed, reps);
      double[][][] s = new double[reps][][];
      double[][][] st = new double[reps][][];
      for (int q = 0; q < reps; q++) {
        var x = SobolIndices.computeShifted(k, n, seeds[q], f);
        s[q] = x.first();
        st[q] = x.total();
      }
      // t_{R−1, 0.975} by bisection on Hipparchus' CDF (independent of the inverse the code uses)
      var t = new org.hipparchus.distribution.continuous.TDistribution(reps - 1);
      double lo = 0;
      double hi = 100;
      for (int it = 0; it < 200; it++) {
        double mid = (lo + hi) / 2;
        if (t.cumulativeProbability(mid) < 0.975) lo = mid;
        else hi = mid;
      }
      assertThat(r.critical()).as("trial %d: t quantile, %d df", trial, reps - 1).isCloseTo(lo, within(1e-9));
      assertThat(r.evaluations()).isEqualTo(reps * n * (k + 2));
      for (int o = 0; o < 2; o++)
        for (int i = 0; i < k; i++) {
          double[] fs = new double[reps];
          double[] ts = new double[reps];
          for (int q = 0; q < reps; q++) {
            fs[q] = s[q][o][i];
            ts[q] = st[q][o][i];
          }
          var first = new org.hipparchus.stat.descriptive.DescriptiveStatistics(fs);
          var total = new org.hipparchus.stat.descriptive.DescriptiveStatistics(ts);
          assertThat(r.first()[o][i]).as("trial %d: mean S", trial).isCloseTo(first.getMean(), within(1e-12));
          assertThat(r.total()[o][i]).as("trial %d: mean ST", trial).isCloseTo(total.getMean(), within(1e-12));
          assertThat(r.firstHalfWidth(o, i)).as("trial %d: half-width of S", trial)
              .isCloseTo(lo * first.getStandardDeviation() / Math.sqrt(reps), within(1e-9));
          assertThat(r.totalHalfWidth(o, i)).as("trial %d: half-width of ST", trial)
              .isCloseTo(lo * total.getStandardDeviation() / Math.sqrt(reps), within(1e-9));
        }
    }
  }

  @Test
  void replicated_fewerThanTwoReplicates_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SobolIndices.replicated(3, 64, 1, 1L, SobolIndicesTest::ishigami))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("replicates must be at least 2, got 1");
  }

  @Test
  void modes_countTheMostCommonOutputOverAAndB_pooledOverReplicates() {
    // f = x1 when x1 ≥ 15/16, else 0: the first coordinate of A (and of B, coordinate k of the
    // sequence) puts exactly N/16 of N = 1024 points in [15/16, 1) (a (0, m, 1)-net, shifted or not),
    // so 0 is the output in exactly 2N·15/16 = 1920 of the 2N = 2048 evaluations of A and B
    java.util.function.Function<double[], double[]> f = u -> new double[] {u[0] >= 15.0 / 16 ? u[0] : 0, u[1]};
    var r = SobolIndices.compute(2, 1024, f);
    assertThat(r.modes().get(0)).isEqualTo(new OutputMode(0, 1920, 2048));
    // x2 over A and B: distinct but for the points the two coordinates share (both 1/2 at the first point)
    assertThat(r.modes().get(1).count()).isLessThan(5);
    var rep = SobolIndices.replicated(2, 1024, 3, 4L, f);
    assertThat(rep.modes().get(0)).isEqualTo(new OutputMode(0, 3 * 1920, 3 * 2048));
  }
}
