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
}
