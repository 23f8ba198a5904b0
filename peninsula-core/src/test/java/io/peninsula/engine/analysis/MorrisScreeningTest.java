package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MorrisScreeningTest {
  @Test
  void compute_linearFunction_effectsAreTheCoefficientsExactly() {
    double[] c = {3, -2, 0, 0.5};
    var r = MorrisScreening.compute(4, 10, 4, 42L, u -> {
      double y = 0;
      for (int i = 0; i < 4; i++) y += c[i] * u[i];
      return new double[] {y};
    });
    for (int i = 0; i < 4; i++) {
      assertThat(r.mu()[0][i]).isCloseTo(c[i], within(1e-12));
      assertThat(r.muStar()[0][i]).isCloseTo(Math.abs(c[i]), within(1e-12));
      assertThat(r.sigma()[0][i]).isCloseTo(0.0, within(1e-12));
    }
    assertThat(r.evaluations()).isEqualTo(10 * 5);
  }

  @Test
  void compute_interaction_givesPositiveSigmaAndMuStarAboveMu() {
    // f = x1·x2 - x2: the effect of x1 depends on x2 (sigma > 0); x2's effect changes sign
    var r = MorrisScreening.compute(2, 20, 4, 7L, u -> new double[] {u[0] * u[1] - 0.5 * u[1]});
    assertThat(r.sigma()[0][0]).isGreaterThan(0.05);
    assertThat(r.muStar()[0][1]).isGreaterThanOrEqualTo(Math.abs(r.mu()[0][1]));
  }

  @Test
  void compute_sameSeed_sameResult() {
    var a = MorrisScreening.compute(3, 5, 4, 9L, u -> new double[] {u[0] * u[1] + u[2]});
    var b = MorrisScreening.compute(3, 5, 4, 9L, u -> new double[] {u[0] * u[1] + u[2]});
    assertThat(a.muStar()).isDeepEqualTo(b.muStar());
  }

  @Test
  void compute_withResamples_sameMeasuresAndZeroErrorForALinearFunction() {
    // a linear function has the same |EE| on every trajectory: the bootstrap SE of μ* is 0
    var plain = MorrisScreening.compute(3, 8, 4, 9L, u -> new double[] {2 * u[0] - u[1]});
    var r = MorrisScreening.compute(3, 8, 4, 9L, 100, u -> new double[] {2 * u[0] - u[1]});
    assertThat(r.muStar()).isDeepEqualTo(plain.muStar());
    assertThat(r.muStarSe()[0][0]).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-12));
    // an interaction spreads the effects: positive SE, and the interval holds μ* of a much longer run
    var i = MorrisScreening.compute(2, 40, 4, 7L, 500, u -> new double[] {u[0] * u[1] - 0.5 * u[1]});
    var ref = MorrisScreening.compute(2, 4000, 4, 8L, u -> new double[] {u[0] * u[1] - 0.5 * u[1]});
    for (int k = 0; k < 2; k++) {
      assertThat(i.muStarSe()[0][k]).isPositive();
      assertThat(Math.abs(i.muStar()[0][k] - ref.muStar()[0][k])).isLessThanOrEqualTo(i.muStarHalfWidth(0, k));
    }
  }

  @Test
  void modes_countEveryPointOfEveryTrajectory() {
    // output 0 is constant, output 1 is 1 only at the grid's top level of x1 (a quarter of the levels)
    var r = MorrisScreening.compute(3, 20, 4, 8L, u -> new double[] {7, u[0] == 1.0 ? 1 : 0});
    assertThat(r.modes().get(0)).isEqualTo(new OutputMode(7, 20 * 4, 20 * 4));
    assertThat(r.modes().get(1).value()).isZero();
    assertThat(r.modes().get(1).of()).isEqualTo(80);
    assertThat(r.modes().get(1).count()).isLessThan(80).isGreaterThan(40);
  }
}
