package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.model.Scenario;
import io.peninsula.model.Uncertainty;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each law's sample mean and variance over 100,000 draws (fixed seed) against the closed forms:
 * uniform (a+b)/2, (b−a)²/12; triangular (a+b+c)/3, (a²+b²+c²−ab−ac−bc)/18; truncated normal
 * μ + σ(φ(α)−φ(β))/Z and σ²[1 + (αφ(α)−βφ(β))/Z − ((φ(α)−φ(β))/Z)²], Z = Φ(β)−Φ(α)
 * (Johnson, Kotz &amp; Balakrishnan 1994, §10.1). Tolerances: 5 standard errors for the mean, 3 %
 * for the variance.
 */
class UncertaintySamplerTest {
  private static final int N = 100_000;
  private static final NormalDistribution PHI = new NormalDistribution(0, 1);

  static Stream<Arguments> laws() {
    return Stream.of(
        Arguments.of(new Uncertainty.Range(2, 5), 3.5, 0.75),
        Arguments.of(new Uncertainty.Triangular(0, 2, 10), 4.0, 84.0 / 18),
        Arguments.of(new Uncertainty.Triangular(90, 100, 100), 290.0 / 3, (8100 + 10000 + 10000 - 9000 - 9000 - 10000) / 18.0),
        Arguments.of(new Uncertainty.TruncatedNormal(50, 10, 40, 70), tnMean(50, 10, 40, 70), tnVar(50, 10, 40, 70)),
        Arguments.of(new Uncertainty.TruncatedNormal(0, 1, 3, 5), tnMean(0, 1, 3, 5), tnVar(0, 1, 3, 5)),
        Arguments.of(new Uncertainty.TruncatedNormal(0.5, 0.3, 0, 1), tnMean(0.5, 0.3, 0, 1), tnVar(0.5, 0.3, 0, 1)));
  }

  @ParameterizedTest
  @MethodSource("laws")
  void law_100kDraws_meanVarianceAndSupport(Uncertainty u, double mean, double var) {
    UncertaintySampler.Law law = UncertaintySampler.law(u);
    SplittableRandom rng = new SplittableRandom(20251122L);
    double m = 0;
    double m2 = 0;
    for (int i = 1; i <= N; i++) {
      double x = law.quantile(rng.nextDouble());
      assertThat(x).isBetween(u.lower(), u.upper());
      double d = x - m;
      m += d / i;
      m2 += d * (x - m);
    }
    double v = m2 / (N - 1);
    assertThat(m).isCloseTo(mean, within(5 * Math.sqrt(var / N)));
    assertThat(v).isCloseTo(var, within(0.03 * var));
  }

  @Test
  void defaults_clampIntervalToScale() {
    Scenario s = TinyScenario.build();
    UncertaintySampler sampler = new UncertaintySampler(s, UncertaintyDefaults.standard());
    SplittableRandom rng = new SplittableRandom(7);
    double sumAx = 0;
    double sumCap = 0;
    for (int i = 0; i < 20_000; i++) {
      Scenario d = sampler.sample(rng);
      double ax = d.position("A", "x").orElseThrow().position();
      double as = d.position("A", "x").orElseThrow().salience();
      double by = d.position("B", "y").orElseThrow().position();
      double bs = d.position("B", "x").orElseThrow().salience();
      double cap = d.actor("A").orElseThrow().capability();
      assertThat(ax).isBetween(90.0, 100.0);
      assertThat(by).isBetween(0.0, 1.0);
      assertThat(as).isBetween(0.4, 0.6);
      assertThat(bs).isBetween(0.9, 1.0);
      assertThat(cap).isBetween(1.8, 2.2);
      sumAx += ax;
      sumCap += cap;
    }
    assertThat(sumAx / 20_000).isCloseTo(95, within(0.1));
    assertThat(sumCap / 20_000).isCloseTo(2, within(0.005));
  }

  @Test
  void none_keepsInputsFixed() {
    Scenario s = TinyScenario.build();
    Scenario d = new UncertaintySampler(s, UncertaintyDefaults.none()).sample(new SplittableRandom(1));
    assertThat(d.positions()).isEqualTo(s.positions());
    assertThat(d.actors()).isEqualTo(s.actors());
  }

  private static double tnMean(double mu, double sd, double a, double b) {
    double al = (a - mu) / sd;
    double be = (b - mu) / sd;
    double z = PHI.cumulativeProbability(be) - PHI.cumulativeProbability(al);
    return mu + sd * (PHI.density(al) - PHI.density(be)) / z;
  }

  private static double tnVar(double mu, double sd, double a, double b) {
    double al = (a - mu) / sd;
    double be = (b - mu) / sd;
    double z = PHI.cumulativeProbability(be) - PHI.cumulativeProbability(al);
    double r = (PHI.density(al) - PHI.density(be)) / z;
    return sd * sd * (1 + (al * PHI.density(al) - be * PHI.density(be)) / z - r * r);
  }

  /** The numeric draw (Monte Carlo's fast path) consumes the stream exactly as {@link UncertaintySampler#sample}. */
  @Test
  void draw_sameNumbersAndStreamPositionAsSample() {
    Scenario k = MonteCarloTest.everyEditKind();
    UncertaintySampler sampler = new UncertaintySampler(k, UncertaintyDefaults.standard());
    for (int seed = 0; seed < 50; seed++) {
      SplittableRandom a = new SplittableRandom(seed);
      SplittableRandom b = new SplittableRandom(seed);
      Scenario want = sampler.sample(a);
      double[] cap = new double[k.actors().size()];
      double[] pos = new double[k.positions().size()];
      double[] sal = new double[pos.length];
      sampler.draw(b, cap, pos, sal);
      for (int j = 0; j < cap.length; j++) assertThat(cap[j]).isEqualTo(want.actors().get(j).capability());
      for (int j = 0; j < pos.length; j++) {
        assertThat(pos[j]).isEqualTo(want.positions().get(j).position());
        assertThat(sal[j]).isEqualTo(want.positions().get(j).salience());
      }
      assertThat(sampler.realise(cap, pos, sal)).isEqualTo(want);
      assertThat(b.nextLong()).isEqualTo(a.nextLong());
    }
  }
}
