package io.peninsula.engine.bargaining.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed exchanges. Two actors, two issues on [0, 100]: A at 0 on both (saliences p 0.8,
 * q 0.2), B at 100 on both (p 0.2, q 0.8), capability 1. Outcomes (weighted means) p = 20, q = 80;
 * A is left of both, B right of both, so they can exchange; A demands p (0.8/0.2 > 0.2/0.8).
 * B's full move on p shifts p's outcome by Δp = 100·0.2/1 = 20; equal gain gives
 * Δq = Δp·(0.2 + 0.8)/(0.8 + 0.2) = 20, i.e. A shifts 20·1/0.2 = 100 on q. Gain for each:
 * 20·0.8 − 20·0.2 = 12. After round 1 the votes are p: 0, 0 and q: 100, 100. Next start
 * positions: A on q 0.42·100 = 42, B on p 0.58·100 = 58 (moved ((1 − 0.2)·0.4 + 0.1) = 0.42 of the
 * way). Round 2: outcomes p 11.6, q 88.4; Δp = 58·0.2 = 11.6 = Δq; gain 11.6·0.6 = 6.96.
 */
class ExchangeModelTest {
  private static final SourceRef SRC = SourceRef.of("t");
  private static final ExchangeModel MODEL = new ExchangeModel();

  static Scenario twoByTwo() {
    List<Position> ps = new ArrayList<>();
    ps.add(Position.of("A", "p", 0, 0.8, SRC));
    ps.add(Position.of("A", "q", 0, 0.2, SRC));
    ps.add(Position.of("B", "p", 100, 0.2, SRC));
    ps.add(Position.of("B", "q", 100, 0.8, SRC));
    return Scenario.of("x", List.of(Actor.simple("A", 1, SRC), Actor.simple("B", 1, SRC)),
        List.of(Issue.unlabelled("p", 0, 100), Issue.unlabelled("q", 0, 100)), ps);
  }

  @Test
  void oneRound_eachActorWinsTheIssueItCaresAbout() {
    ForecastResult r = MODEL.forecast(twoByTwo(), ModelConfig.defaults().withParameter("rounds", "1"));
    assertThat(r.issue("p").orElseThrow().outcome()).isCloseTo(0.0, within(1e-9));
    assertThat(r.issue("q").orElseThrow().outcome()).isCloseTo(100.0, within(1e-9));
    assertThat(r.notes()).singleElement().satisfies(n -> {
      assertThat(n.actor()).isEqualTo("A");
      assertThat(n.target()).isEqualTo("B");
      assertThat(n.text()).contains("A shifts its vote on q to 100.00").contains("B shifting its vote on p to 0.00").contains("equal gain 12.0000");
    });
    assertThat(r.issue("p").orElseThrow().rounds()).containsExactly(List.of(0.0, 100.0), List.of(0.0, 0.0));
  }

  @Test
  void twoRounds_startPositionsMovePartWayAndGainShrinks() {
    ForecastResult r = MODEL.forecast(twoByTwo(), ModelConfig.defaults().withParameter("rounds", "2"));
    assertThat(r.notes()).hasSize(2);
    assertThat(r.notes().get(1).text()).contains("equal gain 6.9600");
    assertThat(r.issue("q").orElseThrow().outcome()).isCloseTo(100.0, within(1e-9));
    assertThat(r.issues().get(0).iterations()).isEqualTo(2);
  }

  @Test
  void singleIssue_noExchangePossible_outcomeIsTheWeightedMean() {
    Scenario s = Scenario.of("one", List.of(Actor.simple("A", 1, SRC), Actor.simple("B", 3, SRC)),
        List.of(Issue.unlabelled("p", 0, 10)),
        List.of(Position.of("A", "p", 2, 0.5, SRC), Position.of("B", "p", 8, 1.0, SRC)));
    ForecastResult r = MODEL.forecast(s, ModelConfig.defaults());
    double mean = new CompromiseModel().forecast(s, ModelConfig.defaults()).issues().get(0).outcome();
    assertThat(r.issues().get(0).outcome()).isCloseTo(mean, within(1e-12)).isCloseTo(7.142857142857143, within(1e-12));
    assertThat(r.converged()).isTrue();
    assertThat(r.iterations()).isEqualTo(1);
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void scaleIsNormalisedAndRestored() {
    // same as twoByTwo but q on [0.5, 7]: A at 0.5, B at 7 -> after one round q = 7
    List<Position> ps = new ArrayList<>(twoByTwo().positions().stream().filter(p -> p.issueId().equals("p")).toList());
    ps.add(Position.of("A", "q", 0.5, 0.2, SRC));
    ps.add(Position.of("B", "q", 7, 0.8, SRC));
    Scenario s = Scenario.of("x", twoByTwo().actors(), List.of(Issue.unlabelled("p", 0, 100), Issue.unlabelled("q", 0.5, 7)), ps);
    ForecastResult r = MODEL.forecast(s, ModelConfig.defaults().withParameter("rounds", "1"));
    assertThat(r.issue("q").orElseThrow().outcome()).isCloseTo(7.0, within(1e-9));
  }

  @Test
  void badRounds_isRejected() {
    assertThatThrownBy(() -> MODEL.forecast(twoByTwo(), ModelConfig.defaults().withParameter("rounds", "0")))
        .hasMessageContaining("parameter rounds = '0': must be an integer >= 1");
  }
}
