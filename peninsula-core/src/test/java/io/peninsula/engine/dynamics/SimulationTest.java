package io.peninsula.engine.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.model.Actor;
import io.peninsula.model.DecisionRule;
import io.peninsula.model.EventCondition;
import io.peninsula.model.Issue;
import io.peninsula.model.Metadata;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.ScenarioEvent;
import io.peninsula.model.SourceRef;
import io.peninsula.model.StatusQuo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two actors of equal capability and salience on one 0–100 issue: A at 100, B at 0, so the
 * compromise (capability × salience weighted mean) is 50. With unanimity of A and B and the status
 * quo at 50 neither can be made better off without the other losing: the veto-constrained outcome
 * stays 50. When B moves to 80 the compromise is 90 and both prefer 90 to 50 (A: |90-100| < 50,
 * B: |90-80| < 30), so the outcome is 90; when B moves back to 0 the next year, the status quo
 * carried forward is 90 and nothing both prefer to 90 exists (A wants (80, 100], B below 90):
 * the outcome stays 90 — a ratchet that only carrying the outcome forward produces.
 */
class SimulationTest {
  static final SourceRef SRC = SourceRef.of("test");
  static final ModelConfig MC = new ModelConfig(0, ModelConfig.DEFAULT_MAX_ITERATIONS, ModelConfig.DEFAULT_TOLERANCE, java.util.Map.of());

  static Scenario scenario(List<ScenarioEvent> events) {
    Issue issue = new Issue("x", "X", 0, 100, List.of(), Optional.of(new StatusQuo(50, SRC)),
        Optional.of(DecisionRule.unanimity(List.of("A", "B"), SRC)));
    return new Scenario(new Metadata("t", "t", "2025-01-01", ""), List.of(),
        List.of(Actor.simple("A", 1, SRC), Actor.simple("B", 1, SRC)), List.of(issue),
        List.of(Position.of("A", "x", 100, 1, SRC), Position.of("B", "x", 0, 1, SRC)), List.of(), List.of(), events,
        io.peninsula.model.Roles.NONE);
  }

  static ScenarioEvent event(String id, double p, List<EventCondition> when, ScenarioEdit... effects) {
    return new ScenarioEvent(id, id, p, SRC, false, when, List.of(effects));
  }

  static BargainingModel veto() {
    return new VetoConstrainedModel(BargainingModels.byName("compromise").orElseThrow());
  }

  static SimulationResult run(Scenario s, BargainingModel m, int years, int runs, int threads) {
    return new Simulation(s, m, MC, Optional.empty(), new SimulationConfig(years, runs, 5, threads)).run(new AtomicBoolean(), d -> {});
  }

  static double mean(SimulationResult r, int year) {
    return r.values().stream().filter(y -> y.year() == year).findFirst().orElseThrow().mean();
  }

  @Test
  void carryForward_outcomeBecomesNextYearsStatusQuo_ratchetUnderUnanimity() {
    Scenario s = scenario(List.of(
        event("b-moves", 1, List.of(), new ScenarioEdit.SetPosition("B", "x", 80)),
        event("b-returns", 1, List.of(new EventCondition.AfterEvent("b-moves")), new ScenarioEdit.SetPosition("B", "x", 0))));
    SimulationResult r = run(s, veto(), 3, 4, 1);
    assertThat(r.today()).containsExactly(50.0);
    assertThat(mean(r, 2026)).isCloseTo(90, within(1e-9));
    assertThat(mean(r, 2027)).isCloseTo(90, within(1e-9));
    assertThat(mean(r, 2028)).isCloseTo(90, within(1e-9));
    // without the constraint the status quo plays no role: back to the compromise, 50
    SimulationResult free = run(s, BargainingModels.byName("compromise").orElseThrow(), 3, 4, 1);
    assertThat(mean(free, 2026)).isCloseTo(90, within(1e-9));
    assertThat(mean(free, 2027)).isCloseTo(50, within(1e-9));
    assertThat(r.events()).filteredOn(e -> e.event().equals("b-returns") && e.year() == 2027)
        .singleElement().satisfies(e -> assertThat(e.pThisYear()).isEqualTo(1.0));
  }

  @Test
  void noEvents_valuesStayToday_nothingChanges() {
    SimulationResult r = run(scenario(List.of()), veto(), 2, 10, 1);
    assertThat(r.values()).allSatisfy(y -> {
      assertThat(y.mean()).isCloseTo(50, within(1e-9));
      assertThat(y.pChanged()).isZero();
    });
  }

  @Test
  void conditionOnIssue_blocksTheEventWhileFalse() {
    Scenario s = scenario(List.of(event("b-moves", 1, List.of(new EventCondition.IssueAbove("x", 60)), new ScenarioEdit.SetPosition("B", "x", 80))));
    SimulationResult r = run(s, veto(), 2, 3, 1);
    assertThat(r.events()).allSatisfy(e -> assertThat(e.pByThisYear()).isZero());
  }

  @Test
  void halfProbability_shareNearHalf_andThreadsDoNotChangeResults() {
    Scenario s = scenario(List.of(event("b-moves", 0.5, List.of(), new ScenarioEdit.SetPosition("B", "x", 80))));
    SimulationResult one = run(s, veto(), 4, 2000, 1);
    SimulationResult three = run(s, veto(), 4, 2000, 3);
    assertThat(three.values()).isEqualTo(one.values());
    assertThat(three.events()).isEqualTo(one.events());
    double first = one.events().get(0).pThisYear();
    assertThat(first).isCloseTo(0.5, within(0.04)); // 4 sd of a binomial share over 2000 runs is 0.045
    assertThat(one.events().get(3).pByThisYear()).isCloseTo(1 - 0.0625, within(0.03));
    // the year-1 mean is 50 + 40 × share of runs where B moved
    assertThat(mean(one, 2026)).isCloseTo(50 + 40 * first, within(1e-9));
  }

  @Test
  void streams_differPerRunAndYear() {
    assertThat(SimulationConfig.stream(1, 0, 1)).isNotEqualTo(SimulationConfig.stream(1, 1, 1));
    assertThat(SimulationConfig.stream(1, 0, 1)).isNotEqualTo(SimulationConfig.stream(1, 0, 2));
    assertThat(SimulationConfig.stream(1, 0, 1)).isNotEqualTo(SimulationConfig.stream(2, 0, 1));
  }

  @Test
  void armsRescale_ratioFollowsSpendingRatio_sumKept() {
    // spending ratio x - y rises by ln 2: capability ratio doubles from 1:1 to 2:1, sum 3 kept
    double[] caps = ArmsDynamics.rescale(1.5, 1.5, new double[] {1, 1}, new double[] {1 + Math.log(2), 1});
    assertThat(caps).containsExactly(new double[] {2, 1}, within(1e-12));
  }
}
