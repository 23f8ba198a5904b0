package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CompromiseModelTest {
  static final SourceRef SRC = SourceRef.of("t");

  static Scenario scenario(double[] cap, double[] pos, double[] sal) {
    List<Actor> actors = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    for (int k = 0; k < cap.length; k++) {
      actors.add(Actor.simple("a" + k, cap[k], SRC));
      positions.add(Position.of("a" + k, "x", pos[k], sal[k], SRC));
    }
    return Scenario.of("t", actors, List.of(Issue.unlabelled("x", 0, 100)), positions);
  }

  @Test
  void forecast_handComputed_weightedMean() {
    // weights 2*.5=1, 1*1=1, 1*.5=.5 -> (100*1 + 0*1 + 40*.5) / 2.5 = 48
    Scenario s = scenario(new double[] {2, 1, 1}, new double[] {100, 0, 40}, new double[] {0.5, 1, 0.5});
    ForecastResult r = new CompromiseModel().forecast(s, ModelConfig.defaults());
    assertThat(r.issue("x").orElseThrow().outcome()).isCloseTo(48.0, within(1e-12));
    assertThat(r.converged()).isTrue();
    assertThat(r.issue("x").orElseThrow().rounds()).hasSize(1);
  }

  @Test
  void forecast_allWeightsZero_plainMean() {
    Scenario s = scenario(new double[] {0, 0}, new double[] {10, 30}, new double[] {1, 1});
    assertThat(new CompromiseModel().forecast(s, ModelConfig.defaults()).issues().get(0).outcome()).isEqualTo(20.0);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void forecast_randomInputs_orderInvariantAndWithinHull(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(10);
    double[] c = new double[n];
    double[] x = new double[n];
    double[] s = new double[n];
    for (int k = 0; k < n; k++) {
      c[k] = rnd.nextDouble(0.01, 5);
      x[k] = rnd.nextDouble(0, 100);
      s[k] = rnd.nextDouble(0.01, 1);
    }
    double out = new CompromiseModel().forecast(scenario(c, x, s), ModelConfig.defaults()).issues().get(0).outcome();
    List<Integer> perm = new ArrayList<>();
    for (int k = 0; k < n; k++) perm.add(k);
    Collections.shuffle(perm, new java.util.Random(seed));
    double[] c2 = new double[n];
    double[] x2 = new double[n];
    double[] s2 = new double[n];
    for (int k = 0; k < n; k++) {
      c2[k] = c[perm.get(k)];
      x2[k] = x[perm.get(k)];
      s2[k] = s[perm.get(k)];
    }
    double out2 = new CompromiseModel().forecast(scenario(c2, x2, s2), ModelConfig.defaults()).issues().get(0).outcome();
    assertThat(out2).isCloseTo(out, within(1e-9));
    assertThat(out).isBetween(java.util.Arrays.stream(x).min().orElseThrow() - 1e-9, java.util.Arrays.stream(x).max().orElseThrow() + 1e-9);
  }
}
