package io.peninsula.engine.analysis;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.SourceRef;
import java.util.List;

/**
 * Two actors, two issues, three options; the numbers are small so the compromise model can be
 * computed by hand (see {@link OptionComparisonTest}).
 */
final class TinyScenario {
  static final SourceRef SRC = SourceRef.of("t");

  static Scenario build() {
    List<Actor> actors = List.of(Actor.simple("A", 2, SRC), Actor.simple("B", 1, SRC));
    List<Issue> issues = List.of(Issue.unlabelled("x", 0, 100), Issue.unlabelled("y", 0, 10));
    List<Position> ps = List.of(
        Position.of("A", "x", 100, 0.5, SRC), Position.of("B", "x", 0, 1, SRC),
        Position.of("A", "y", 10, 1, SRC), Position.of("B", "y", 0, 0.5, SRC));
    List<PolicyOption> options = List.of(
        new PolicyOption("status-quo", "as is", "", List.of(), SRC),
        new PolicyOption("tilt", "B cares less about x", "", List.of(new ScenarioEdit.SetSalience("B", "x", 0.5)), SRC),
        new PolicyOption("shift", "A moves on y", "", List.of(new ScenarioEdit.ShiftPosition("A", "y", -5)), SRC));
    return new Scenario(Metadata.of("tiny"), List.of(), actors, issues, ps, List.of(), options);
  }

  private TinyScenario() {}
}
