package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpatialLossTest {
  @Test
  void utilities_tinyScenario_matchHandComputedLinearLoss() {
    // A: x ideal 100 (s 0.5, range 100), y ideal 10 (s 1, range 10); B: x ideal 0 (s 1), y ideal 0 (s 0.5)
    double[] u = SpatialLoss.utilities(TinyScenario.build(), Map.of("x", 40.0, "y", 5.0));
    assertThat(u[0]).isCloseTo(-(0.5 * 60 / 100 + 1 * 5.0 / 10), within(1e-15)); // −0.8
    assertThat(u[1]).isCloseTo(-(1 * 40.0 / 100 + 0.5 * 5.0 / 10), within(1e-15)); // −0.65
  }

  @Test
  void utilities_missingIssue_isSkipped_andIdealOutcomesGiveZero() {
    double[] u = SpatialLoss.utilities(TinyScenario.build(), Map.of("x", 100.0));
    assertThat(u[0]).isZero();
    assertThat(u[1]).isCloseTo(-1.0, within(1e-15));
  }

  @Test
  void loss_isSalienceTimesDistance_andOptionComparisonUsesIt() {
    assertThat(SpatialLoss.loss(0.5, 30, 10, 40)).isEqualTo(0.25);
    assertThat(SpatialLoss.distance(10, 30, 40)).isEqualTo(0.5);
    Map<String, Double> out = Map.of("x", 37.5, "y", 2.25);
    assertThat(OptionComparison.utilities(TinyScenario.build(), out)).isEqualTo(SpatialLoss.utilities(TinyScenario.build(), out));
  }
}
