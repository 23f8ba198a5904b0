package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedianVoterModelTest {
  @Test
  void weightedMedian_handComputed() {
    // sorted: 0 (w 1), 40 (w .5), 100 (w 1); total 2.5, half 1.25 reached at 40
    assertThat(MedianVoterModel.weightedMedian(new double[] {100, 0, 40}, new double[] {1, 1, 0.5})).isEqualTo(40.0);
    // a heavy actor is the median alone
    assertThat(MedianVoterModel.weightedMedian(new double[] {10, 20, 30}, new double[] {1, 5, 1})).isEqualTo(20.0);
  }

  @Test
  void weightedMedian_exactHalf_midpointOfTheMedianInterval() {
    assertThat(MedianVoterModel.weightedMedian(new double[] {10, 30}, new double[] {1, 1})).isEqualTo(20.0);
  }

  @Test
  void forecast_scenario_usesCapabilityTimesSalience() {
    var s = CompromiseModelTest.scenario(new double[] {2, 1, 1}, new double[] {100, 0, 40}, new double[] {0.5, 1, 0.5});
    assertThat(new MedianVoterModel().forecast(s, ModelConfig.defaults()).issues().get(0).outcome()).isEqualTo(40.0);
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void weightedMedian_random_neitherSideHoldsMoreThanHalf(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 1 + rnd.nextInt(12);
    double[] x = new double[n];
    double[] w = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = rnd.nextInt(0, 101);
      w[k] = rnd.nextDouble(0.01, 3);
    }
    double m = MedianVoterModel.weightedMedian(x, w);
    double total = Arrays.stream(w).sum();
    double below = 0;
    double above = 0;
    for (int k = 0; k < n; k++) {
      if (x[k] < m) below += w[k];
      if (x[k] > m) above += w[k];
    }
    assertThat(below).isLessThanOrEqualTo(total / 2 + 1e-9);
    assertThat(above).isLessThanOrEqualTo(total / 2 + 1e-9);
  }
}
