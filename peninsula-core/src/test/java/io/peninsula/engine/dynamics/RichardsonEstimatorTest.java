package io.peninsula.engine.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed OLS figures (checked with numpy.linalg.lstsq on the same arrays):
 * x = 1.0 1.2 1.1 1.5 1.4 1.8, y = 2.0 1.9 2.3 2.2 2.6 2.5.
 * Δx on (1, y[t-1], x[t-1]) fits exactly: g = -0.8, k = 1, a = 1.
 * Δy on (1, x[t-1], y[t-1]): g = 51.9/79 = 0.6569620, k = 99/79 = 1.2531646, a = 75.8/79 = 0.9594937.
 * AR(1) of x: c = 0.6069767, phi = 0.6395349.
 */
class RichardsonEstimatorTest {
  static final double[] X = {1.0, 1.2, 1.1, 1.5, 1.4, 1.8};
  static final double[] Y = {2.0, 1.9, 2.3, 2.2, 2.6, 2.5};

  @Test
  void leastSquares_simpleRegression_handComputed() {
    // mean z 2.5, mean y 2.75, Sxy 5.5, Sxx 5: slope 1.1, intercept 0
    double[] b = LeastSquares.fit(new double[] {1, 3, 2, 5}, new double[][] {{1}, {2}, {3}, {4}});
    assertThat(b[0]).isCloseTo(0.0, within(1e-12));
    assertThat(b[1]).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void leastSquares_constantRegressor_refusedAsCollinear() {
    assertThatThrownBy(() -> LeastSquares.fit(new double[] {1, 2, 3}, new double[][] {{5}, {5}, {5}}))
        .hasMessageContaining("collinear");
  }

  @Test
  void fit_smallSeries_matchesHandComputedOls() {
    RichardsonSystem s = new RichardsonEstimator().fit(X, Y);
    assertThat(s.first().grievance()).isCloseTo(-0.8, within(1e-9));
    assertThat(s.first().defence()).isCloseTo(1.0, within(1e-9));
    assertThat(s.first().fatigue()).isCloseTo(1.0, within(1e-9));
    assertThat(s.second().grievance()).isCloseTo(51.9 / 79, within(1e-9));
    assertThat(s.second().defence()).isCloseTo(99.0 / 79, within(1e-9));
    assertThat(s.second().fatigue()).isCloseTo(75.8 / 79, within(1e-9));
  }

  @Test
  void ar1_smallSeries_matchesHandComputedOls() {
    double[] b = FirstOrderAutoregression.fitOne(X);
    assertThat(b[0]).isCloseTo(0.6069767, within(1e-6));
    assertThat(b[1]).isCloseTo(0.6395349, within(1e-6));
  }

  @Test
  void fit_noiselessSyntheticSeries_recoversCoefficientsExactly() {
    RichardsonSystem truth = new RichardsonSystem(new RichardsonCoefficients(1.0, 0.1, 0.2), new RichardsonCoefficients(2.0, 0.1, 0.3));
    double[][] s = simulate(truth, 1.0, 3.0, 30, 0, 1);
    RichardsonSystem fit = new RichardsonEstimator().fit(s[0], s[1]);
    assertThat(fit.first().defence()).isCloseTo(0.1, within(1e-8));
    assertThat(fit.first().fatigue()).isCloseTo(0.2, within(1e-8));
    assertThat(fit.second().grievance()).isCloseTo(2.0, within(1e-7));
  }

  @Test
  void fit_noisySyntheticSeries_recoversKnownCoefficientsWithinSamplingError() {
    RichardsonSystem truth = new RichardsonSystem(new RichardsonCoefficients(1.0, 0.1, 0.2), new RichardsonCoefficients(2.0, 0.1, 0.3));
    double[][] s = simulate(truth, 10, 10, 4000, 0.05, 7);
    RichardsonSystem fit = new RichardsonEstimator().fit(s[0], s[1]);
    assertThat(fit.first().defence()).isCloseTo(0.1, within(0.03));
    assertThat(fit.first().fatigue()).isCloseTo(0.2, within(0.03));
    assertThat(fit.second().defence()).isCloseTo(0.1, within(0.03));
    assertThat(fit.second().fatigue()).isCloseTo(0.3, within(0.03));
  }

  @Test
  void stability_handComputedSpectralRadiusAndEquilibrium() {
    // M = [[0.8, 0.1], [0.1, 0.7]]: trace 1.5, det 0.55, eigenvalues 0.75 ± sqrt(0.0125)
    RichardsonSystem s = new RichardsonSystem(new RichardsonCoefficients(1.0, 0.1, 0.2), new RichardsonCoefficients(2.0, 0.1, 0.3));
    assertThat(s.spectralRadius()).isCloseTo(0.75 + Math.sqrt(0.0125), within(1e-12));
    assertThat(s.stable()).isTrue();
    // 0.2x - 0.1y = 1, -0.1x + 0.3y = 2  =>  x = y = 10
    assertThat(s.equilibrium().orElseThrow()).containsExactly(new double[] {10, 10}, within(1e-9));
    // reactions stronger than fatigue (kl > ab): runs away
    RichardsonSystem spiral = new RichardsonSystem(new RichardsonCoefficients(0, 0.4, 0.1), new RichardsonCoefficients(0, 0.4, 0.1));
    assertThat(spiral.spectralRadius()).isCloseTo(1.3, within(1e-12));
    assertThat(spiral.stable()).isFalse();
  }

  @Test
  void bootstrap_sameSeed_sameIntervalsAndEstimateInside() {
    RichardsonSystem truth = new RichardsonSystem(new RichardsonCoefficients(1.0, 0.1, 0.2), new RichardsonCoefficients(2.0, 0.1, 0.3));
    double[][] s = simulate(truth, 10, 10, 60, 0.05, 3);
    RichardsonSystem fit = new RichardsonEstimator().fit(s[0], s[1]);
    var a = ArmsBootstrap.run(s[0], s[1], fit, 300, 0.9, 11);
    var b = ArmsBootstrap.run(s[0], s[1], fit, 300, 0.9, 11);
    assertThat(a).isEqualTo(b);
    assertThat(a.firstDefence().low()).isLessThanOrEqualTo(fit.first().defence());
    assertThat(a.firstDefence().high()).isGreaterThanOrEqualTo(fit.first().defence());
    assertThat(a.stableShare()).isBetween(0.0, 1.0);
  }

  @Test
  void holdout_randomWalk_handComputedErrors() {
    // fit on the first 4 years; held out: x 1.4 1.8, y 2.6 2.5
    // one-step: errors x (1.5-1.4, 1.4-1.8), y (2.2-2.6, 2.6-2.5): squares .01 .16 .16 .01 -> sqrt(.34/4)
    // dynamic from (1.5, 2.2): errors x 0.1 -0.3, y -0.4 -0.3: squares .01 .09 .16 .09 -> sqrt(.35/4)
    HoldoutScore h = ArmsFit.score(new RandomWalk(), X, Y, 4);
    assertThat(h.years()).isEqualTo(2);
    assertThat(h.rmseOneStep()).isCloseTo(Math.sqrt(0.34 / 4), within(1e-12));
    assertThat(h.rmseDynamic()).isCloseTo(Math.sqrt(0.35 / 4), within(1e-12));
  }

  @Test
  void fit_onNoiselessRichardsonData_richardsonWinsHoldout() {
    RichardsonSystem truth = new RichardsonSystem(new RichardsonCoefficients(1.0, 0.1, 0.2), new RichardsonCoefficients(2.0, 0.1, 0.3));
    double[][] s = simulate(truth, 1.0, 3.0, 30, 0.001, 5);
    AnnualSeries a = new AnnualSeries("A", 1990, exp(s[0]));
    AnnualSeries b = new AnnualSeries("B", 1990, exp(s[1]));
    ArmsFitResult r = ArmsFit.fit(a, b, new ArmsFitConfig(1990, 2019, java.util.Optional.of(2015), 50, 0.9, 1));
    assertThat(r.scores()).extracting(HoldoutScore::model).containsExactly("richardson", "random_walk", "ar1");
    assertThat(r.winner().orElseThrow().model()).isEqualTo("richardson");
    assertThat(r.lastLogs()[0]).isCloseTo(s[0][29], within(1e-9));
  }

  static double[] exp(double[] v) {
    double[] o = new double[v.length];
    for (int i = 0; i < v.length; i++) o[i] = Math.exp(v[i]);
    return o;
  }

  /** n years of the system from (x0, y0) with Gaussian shocks of sd {@code noise}. */
  static double[][] simulate(RichardsonSystem s, double x0, double y0, int n, double noise, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    double[] y = new double[n];
    x[0] = x0;
    y[0] = y0;
    for (int t = 1; t < n; t++) {
      double[] p = s.next(x[t - 1], y[t - 1]);
      x[t] = p[0] + noise * gauss(rng);
      y[t] = p[1] + noise * gauss(rng);
    }
    return new double[][] {x, y};
  }

  static double gauss(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
