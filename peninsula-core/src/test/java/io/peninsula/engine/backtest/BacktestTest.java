package io.peninsula.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacktestTest {
  private static final SourceRef SRC = SourceRef.of("t");

  /** Two actors at 0 and 100 with weights 1 and 3: compromise 75. */
  static BacktestCase twoActorCase(String id, double observed, Optional<Double> ref) {
    Scenario s = Scenario.of(id, List.of(Actor.simple("a", 1, SRC), Actor.simple("b", 3, SRC)),
        List.of(Issue.unlabelled(id, 0, 100)),
        List.of(Position.of("a", id, 0, 1, SRC), Position.of("b", id, 100, 1, SRC)));
    return new BacktestCase(id, s, ref, observed);
  }

  @Test
  void score_compromise_handComputedMeanAndMedian() {
    // forecasts are all 75; errors 5, 25, 75, 10 -> MAE 28.75, median (10+25)/2 = 17.5
    List<BacktestCase> cases = List.of(
        twoActorCase("c1", 80, Optional.empty()), twoActorCase("c2", 50, Optional.empty()),
        twoActorCase("c3", 0, Optional.empty()), twoActorCase("c4", 65, Optional.empty()));
    ModelScore s = Backtest.score(cases, new CompromiseModel(), ModelConfig.defaults());
    assertThat(s.issues()).isEqualTo(4);
    assertThat(s.mae()).isCloseTo(28.75, within(1e-12));
    assertThat(s.medianAe()).isCloseTo(17.5, within(1e-12));
    assertThat(s.failed()).isEmpty();
  }

  @Test
  void forecast_caseWithReference_passesItAsModelParameter() {
    BargainingModel echo = new BargainingModel() {
      public String name() { return "echo"; }
      public String description() { return "returns the reference parameter"; }
      public ForecastResult forecast(Scenario sc, ModelConfig cfg) {
        double r = Double.parseDouble(cfg.parameter(Backtest.REFERENCE_PARAMETER).orElseThrow(
            () -> new IllegalArgumentException("no reference")));
        String id = sc.issues().get(0).id();
        return new ForecastResult("echo", List.of(new IssueForecast(id, List.of(), List.of(List.of()), r, 0, true)), List.of());
      }
    };
    List<BacktestCase> cases = List.of(twoActorCase("r", 30, Optional.of(42.0)), twoActorCase("n", 30, Optional.empty()));
    ModelScore s = Backtest.score(cases, echo, ModelConfig.defaults());
    assertThat(s.issues()).isEqualTo(1);
    assertThat(s.mae()).isCloseTo(12.0, within(1e-12));
    assertThat(s.failed()).containsExactly("n: no reference");
  }

  @Test
  void run_scoresEachModelInOrder() {
    List<ModelScore> scores = Backtest.run(List.of(twoActorCase("c", 70, Optional.empty())),
        List.of(new CompromiseModel(), new io.peninsula.engine.bargaining.MedianVoterModel()), ModelConfig.defaults());
    assertThat(scores).extracting(ModelScore::model).containsExactly("compromise", "median");
    assertThat(scores.get(1).mae()).isCloseTo(30.0, within(1e-12)); // median = 100
  }
}
