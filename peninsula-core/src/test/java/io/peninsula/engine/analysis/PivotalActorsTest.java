package io.peninsula.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.analysis.PivotalActors.Effect;
import io.peninsula.engine.analysis.PivotalActors.Intervention;
import io.peninsula.engine.bargaining.CompromiseModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Compromise model, issue "i": A at 0 (c 1, s 1), B at 100 (c 1, s 0.5), C at 50 (c 2, s 0.5):
 * weights 1, 0.5, 1, baseline 100/2.5 = 40. Without A: 100/1.5 = 66.67 (+26.67); without B: 50/2
 * = 25 (−15); without C: 50/1.5 = 33.33 (−6.67). Salience 0 equals removal here. Salience 1: A
 * unchanged (0); B: 150/3 = 50 (+10); C: 150/3.5 = 42.86 (+2.86). Issue "solo" has only A.
 */
class PivotalActorsTest {
  private static final SourceRef SRC = SourceRef.of("t");

  static Scenario scenario() {
    return Scenario.of("p",
        List.of(Actor.simple("A", 1, SRC), Actor.simple("B", 1, SRC), Actor.simple("C", 2, SRC)),
        List.of(Issue.unlabelled("i", 0, 100), Issue.unlabelled("solo", 0, 100)),
        List.of(Position.of("A", "i", 0, 1, SRC), Position.of("B", "i", 100, 0.5, SRC), Position.of("C", "i", 50, 0.5, SRC),
            Position.of("A", "solo", 30, 0.5, SRC)));
  }

  @Test
  void analyse_oneIssue_handComputedShiftsSortedByMagnitude() {
    List<Effect> e = PivotalActors.analyse(scenario(), new CompromiseModel(), ModelConfig.defaults(), Optional.of("i"));
    assertThat(e).extracting(x -> x.actorId() + " " + x.intervention().label()).containsExactly(
        "A removed", "A salience=0", "B removed", "B salience=0", "B salience=1",
        "C removed", "C salience=0", "C salience=1", "A salience=1");
    double[] expected = {200.0 / 3 - 40, 200.0 / 3 - 40, -15, -15, 10, 100.0 / 3 - 40, 100.0 / 3 - 40, 150 / 3.5 - 40, 0};
    for (int k = 0; k < expected.length; k++) assertThat(e.get(k).shift()).as("row " + k).isCloseTo(expected[k], within(1e-9));
    assertThat(e.get(0).baseline()).isCloseTo(40.0, within(1e-12));
  }

  @Test
  void analyse_removingTheOnlyActor_isReportedWithoutOutcomeAndSortedLast() {
    List<Effect> e = PivotalActors.analyse(scenario(), new CompromiseModel(), ModelConfig.defaults(), Optional.empty());
    Effect last = e.get(e.size() - 1);
    assertThat(last.issueId()).isEqualTo("solo");
    assertThat(last.intervention()).isEqualTo(Intervention.REMOVED);
    assertThat(last.outcome()).isEmpty();
    assertThat(last.shift()).isNaN();
    // alone on an issue, salience changes nothing (compromise falls back to the plain mean)
    assertThat(e).filteredOn(x -> x.issueId().equals("solo") && x.intervention() != Intervention.REMOVED)
        .allSatisfy(x -> assertThat(x.shift()).isZero());
    assertThat(e).hasSize(9 + 3);
  }
}
