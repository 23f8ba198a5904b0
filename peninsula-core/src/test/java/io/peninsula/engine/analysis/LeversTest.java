package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeversTest {
  static final SourceRef S = SourceRef.of("t");

  // weights w = c·s: A 2·0.5 = 1, B 1·1 = 1, C 1·0.5 = 0.5; W = 2.5; x̂ = (100 + 0 + 20) / 2.5 = 48
  static Scenario scenario() {
    return Scenario.of("t", List.of(Actor.simple("A", 2, S), Actor.simple("B", 1, S), Actor.simple("C", 1, S)),
        List.of(Issue.unlabelled("x", 0, 100)),
        List.of(Position.of("A", "x", 100, 0.5, S), Position.of("B", "x", 0, 1, S), Position.of("C", "x", 40, 0.5, S)));
  }

  @Test
  void find_compromiseModel_matchesClosedForms() {
    var levers = Levers.find(scenario(), new CompromiseModel(), ModelConfig.defaults(), "x", 50, 1e-6);
    // position: Δx_i = (target − x̂)·W / w_i
    // A already stands at the top of the scale: it would need 105, so its position is no lever
    assertThat(lever(levers, "A", "position").reachable()).isFalse();
    assertThat(lever(levers, "B", "position").to()).isCloseTo(0 + 2 * 2.5 / 1, within(1e-6));
    assertThat(lever(levers, "C", "position").to()).isCloseTo(40 + 2 * 2.5 / 0.5, within(1e-6));
    // salience of B (weight 1·s_B): (100 + 0 + 20)/(1.5 + s_B) = 50  ->  s_B = 0.9
    assertThat(lever(levers, "B", "salience").to()).isCloseTo(0.9, within(1e-6));
    // capability of A: (100·0.5c + 20)/(0.5c + 1.5) = 50  ->  c = 2.2
    assertThat(lever(levers, "A", "capability").to()).isCloseTo(2.2, within(1e-6));
    assertThat(levers.get(0).reachable()).isTrue();
    assertThat(levers.get(0).effort()).isLessThanOrEqualTo(levers.get(1).effort());
  }

  @Test
  void find_targetBeyondAnActorsReach_notReachableWithClosestOutcome() {
    var levers = Levers.find(scenario(), new CompromiseModel(), ModelConfig.defaults(), "x", 90, 1e-6);
    Levers.Lever c = lever(levers, "C", "position");
    // C alone can move x̂ at most to (100 + 0 + 50)/2.5 = 60
    assertThat(c.reachable()).isFalse();
    assertThat(c.to()).isEqualTo(100.0);
    assertThat(c.outcome()).isCloseTo(60, within(1e-9));
  }

  private static Levers.Lever lever(List<Levers.Lever> all, String actor, String name) {
    return all.stream().filter(l -> l.actor().equals(actor) && l.lever().equals(name)).findFirst().orElseThrow();
  }
}
