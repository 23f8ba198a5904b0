package io.peninsula.engine.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-computed Nash solutions (first-order conditions written out in each test). */
class NashBargainingModelTest {
  private static final SourceRef SRC = SourceRef.of("t");
  private static final NashBargainingModel NASH = new NashBargainingModel();

  /** Actors given as {position, capability, salience} triples on one issue "i" of scale [0, 100]. */
  static Scenario scenario(double[]... actors) {
    List<Actor> as = new ArrayList<>();
    List<Position> ps = new ArrayList<>();
    for (int k = 0; k < actors.length; k++) {
      as.add(Actor.simple("a" + k, actors[k][1], SRC));
      ps.add(Position.of("a" + k, "i", actors[k][0], actors[k][2], SRC));
    }
    return Scenario.of("t", as, List.of(Issue.unlabelled("i", 0, 100)), ps);
  }

  static double outcome(Scenario s, ModelConfig c) {
    return NASH.forecast(s, c).issue("i").orElseThrow().outcome();
  }

  static ModelConfig cfg(String... kv) {
    ModelConfig c = ModelConfig.defaults();
    for (int k = 0; k < kv.length; k += 2) c = c.withParameter(kv[k], kv[k + 1]);
    return c;
  }

  @Test
  void worstDisagreement_linear_twoActorsAtEnds_isWeightedMean() {
    // g_0 = 100 − x, g_1 = x; max log(100−x) + 3 log x  ⇒  3(100 − x) = x  ⇒  x = 75
    Scenario s = scenario(new double[] {0, 1, 1}, new double[] {100, 3, 1});
    assertThat(outcome(s, cfg("utility", "linear"))).isCloseTo(75.0, within(1e-4));
    assertThat(outcome(s, cfg("utility", "linear"))).isCloseTo(
        new CompromiseModel().forecast(s, ModelConfig.defaults()).issues().get(0).outcome(), within(1e-4));
  }

  @Test
  void worstDisagreement_linear_interiorActors_handComputed() {
    // x_0 = 30, x_1 = 70, worst outcomes 100 and 0 at distance 70: on [30,70] g_0 = 100 − x, g_1 = x;
    // weights 1 and 2 (salience 0.5 × capability 4): 2(100 − x) = x ⇒ x = 200/3
    Scenario s = scenario(new double[] {30, 1, 1}, new double[] {70, 4, 0.5});
    assertThat(outcome(s, cfg("utility", "linear"))).isCloseTo(200.0 / 3, within(1e-4));
  }

  @Test
  void statusQuo_linear_sameSide_handComputed() {
    // q = 0, x = 40 (w 1), 80 (w 3). Feasible [0, 80]. On [40, 80]: g_0 = 80 − x, g_1 = x;
    // −1/(80 − x) + 3/x = 0 ⇒ x = 60
    Scenario s = scenario(new double[] {40, 1, 1}, new double[] {80, 3, 1});
    ModelConfig c = cfg("utility", "linear", "reference", "0");
    assertThat(outcome(s, c)).isCloseTo(60.0, within(1e-4));
    // equal weights: on [40, 80] −1/(80 − x) + 1/x = 0 ⇒ x = 40; on [0, 40] the product x² rises
    assertThat(outcome(scenario(new double[] {40, 1, 1}, new double[] {80, 1, 1}), c)).isCloseTo(40.0, within(1e-4));
  }

  @Test
  void statusQuo_quadratic_sameSide_handComputed() {
    // q = 0: g_0 = x(80 − x), g_1 = x(160 − x); 2/x − 1/(80 − x) − 1/(160 − x) = 0
    // ⇒ x² − 180x + 6400 = 0 ⇒ x = 90 − √1700 = 48.7689...
    Scenario s = scenario(new double[] {40, 1, 1}, new double[] {80, 1, 1});
    assertThat(outcome(s, cfg("reference", "0"))).isCloseTo(90 - Math.sqrt(1700), within(1e-4));
  }

  @Test
  void statusQuo_actorsOnBothSides_keepsStatusQuoAndExplains() {
    Scenario s = scenario(new double[] {20, 1, 1}, new double[] {80, 1, 1});
    ForecastResult r = NASH.forecast(s, cfg("reference.i", "50"));
    assertThat(r.issues().get(0).outcome()).isEqualTo(50.0);
    assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("status-quo"));
  }

  @Test
  void statusQuo_weightedActorAtStatusQuo_vetoes_butZeroSalienceActorDoesNot() {
    assertThat(outcome(scenario(new double[] {0, 1, 0.5}, new double[] {80, 5, 1}), cfg("reference", "0"))).isEqualTo(0.0);
    double withoutVeto = outcome(scenario(new double[] {0, 1, 0}, new double[] {80, 5, 1}), cfg("reference", "0"));
    assertThat(withoutVeto).isCloseTo(80.0, within(1e-4)); // only actor 1 counts: its ideal point
  }

  @Test
  void disagreementWorst_ignoresReference() {
    Scenario s = scenario(new double[] {0, 1, 1}, new double[] {100, 3, 1});
    assertThat(outcome(s, cfg("utility", "linear", "reference", "50", "disagreement", "worst"))).isCloseTo(75.0, within(1e-4));
  }

  @Test
  void badParameters_areRejectedWithTheAllowedValues() {
    Scenario s = scenario(new double[] {0, 1, 1});
    assertThatThrownBy(() -> NASH.forecast(s, cfg("utility", "cubic"))).hasMessageContaining("must be quadratic or linear");
    assertThatThrownBy(() -> NASH.forecast(s, cfg("reference", "abc"))).hasMessageContaining("reference = 'abc': not a number");
    assertThatThrownBy(() -> NASH.forecast(s, cfg("reference", "140"))).hasMessageContaining("must lie on the scale of issue i [0.0, 100.0]");
  }

  @Test
  void iterationCap_isReportedAsNotConverged() {
    Scenario s = scenario(new double[] {0, 1, 1}, new double[] {100, 3, 1});
    IssueForecast f = NASH.forecast(s, ModelConfig.defaults().withMaxIterations(5)).issues().get(0);
    assertThat(f.iterations()).isEqualTo(5);
    assertThat(f.converged()).isFalse();
    IssueForecast g = NASH.forecast(s, ModelConfig.defaults()).issues().get(0);
    assertThat(g.converged()).isTrue();
    assertThat(g.iterations()).isBetween(20, 40);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomIssues_outcomeInHullOfPositions_andIndependentOfActorOrder(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(8);
    List<double[]> actors = new ArrayList<>();
    for (int k = 0; k < n; k++) actors.add(new double[] {rnd.nextInt(101), 0.1 + rnd.nextDouble(), rnd.nextDouble()});
    String utility = rnd.nextBoolean() ? "linear" : "quadratic";
    double x = outcome(scenario(actors.toArray(double[][]::new)), cfg("utility", utility));
    double lo = actors.stream().mapToDouble(a -> a[0]).min().orElseThrow();
    double hi = actors.stream().mapToDouble(a -> a[0]).max().orElseThrow();
    assertThat(x).isBetween(lo - 1e-4, hi + 1e-4);
    Collections.reverse(actors);
    assertThat(outcome(scenario(actors.toArray(double[][]::new)), cfg("utility", utility))).isCloseTo(x, within(1e-4));
  }
}
