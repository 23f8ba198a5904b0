package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutputModeTest {
  @Test
  void of_countsTheMostCommonValue_tiesToTheSmaller() {
    assertThat(OutputMode.of(new double[] {40, 12.5, 40, 40, 7})).isEqualTo(new OutputMode(40, 3, 5));
    assertThat(OutputMode.of(new double[] {3, 1, 3, 1})).isEqualTo(new OutputMode(1, 2, 4));
    assertThat(OutputMode.of(new double[] {2.5})).isEqualTo(new OutputMode(2.5, 1, 1));
    // exact comparison: a value next to the status quo is another value
    assertThat(OutputMode.of(new double[] {40, Math.nextUp(40.0), 40}).count()).isEqualTo(2);
  }

  /** Property: the count is the largest multiplicity, found by brute force, on random draws from a few values. */
  @Test
  void of_countIsTheLargestMultiplicity_property() {
    SplittableRandom rnd = new SplittableRandom(90);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(60);
      double[] v = new double[n];
      for (int j = 0; j < n; j++) v[j] = rnd.nextInt(1 + rnd.nextInt(6)) * 0.5;
      double[] copy = v.clone();
      OutputMode m = OutputMode.of(v);
      assertThat(v).as("input unchanged").containsExactly(copy);
      long best = 0;
      for (double a : v) {
        long c = 0;
        for (double b : v) if (a == b) c++;
        best = Math.max(best, c);
      }
      assertThat(m.count()).isEqualTo(best);
      assertThat(m.of()).isEqualTo(n);
      long ofValue = 0;
      for (double b : v) if (b == m.value()) ofValue++;
      assertThat(ofValue).isEqualTo(best);
    }
  }

  @Test
  void pool_addsCountsOfACommonMode_elseKeepsTheLeastConcentrated() {
    assertThat(OutputMode.pool(List.of(new OutputMode(40, 90, 100), new OutputMode(40, 96, 100)))).isEqualTo(new OutputMode(40, 186, 200));
    assertThat(OutputMode.pool(List.of(new OutputMode(40, 90, 100), new OutputMode(12, 60, 100)))).isEqualTo(new OutputMode(12, 60, 100));
  }

  @Test
  void badCounts_refused() {
    assertThatThrownBy(() -> new OutputMode(1, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutputMode.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
