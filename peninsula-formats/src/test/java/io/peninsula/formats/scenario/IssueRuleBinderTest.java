package io.peninsula.formats.scenario;

import static io.peninsula.formats.scenario.ScenarioLoaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.DecisionRule;
import io.peninsula.model.Scenario;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status quo, decision rules and influence: bound from YAML, written back, and every fault located. */
class IssueRuleBinderTest {
  @Test
  void parse_bindsStatusQuoDecisionAndInfluence() {
    Scenario s = ScenarioLoader.parse("veto.yaml", resource("veto.yaml"));
    var posture = s.issue("posture").orElseThrow();
    assertThat(posture.statusQuo().orElseThrow().value()).isEqualTo(80.0);
    assertThat(posture.statusQuo().orElseThrow().source().quote()).contains("troops stay at 80");
    DecisionRule u = posture.decision().orElseThrow();
    assertThat(u.kind()).isEqualTo(DecisionRule.Kind.UNANIMITY);
    assertThat(u.vetoPlayers()).containsExactly("A", "C");
    assertThat(u.source().proxy()).isTrue();
    DecisionRule q = s.issue("sanctions").orElseThrow().decision().orElseThrow();
    assertThat(q.kind()).isEqualTo(DecisionRule.Kind.QUALIFIED_MAJORITY);
    assertThat(q.weights()).containsExactly(Map.entry("A", 3.0), Map.entry("B", 2.0), Map.entry("C", 1.0));
    assertThat(q.threshold()).isEqualTo(0.6);
    assertThat(q.vetoPlayers()).containsExactly("C");
    var influence = s.position("B", "posture").orElseThrow().influence().orElseThrow();
    assertThat(influence.value()).isEqualTo(0.5);
    assertThat(influence.source().judgement()).isTrue();
    assertThat(s.position("A", "posture").orElseThrow().influence()).isEmpty();
  }

  @Test
  void write_thenParse_roundTripsTheInstitutionalFields() {
    Scenario s = ScenarioLoader.parse("veto.yaml", resource("veto.yaml"));
    assertThat(ScenarioLoader.parse("again.yaml", ScenarioWriter.toYaml(s))).isEqualTo(s);
    assertThat(ScenarioLoader.parse("again.json", ScenarioWriter.toJson(s))).isEqualTo(s);
  }

  @Test
  void parse_faultyInstitutionalFields_reportsEachWithLineAndColumn() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.parse("veto-faults.yaml", resource("veto-faults.yaml")));
    assertThat(e.problems()).extracting(Problem::format).containsExactly(
        "veto-faults.yaml:14:25: issues[0].status_quo.value: value 120 is out of range (allowed: 0 to 100; the state of affairs on the scenario's date, on the scale of issue posture)",
        "veto-faults.yaml:15:51: issues[0].decision.veto_players[1]: unknown actor \"Z\" (declared: A, B); did you mean \"A\"?",
        "veto-faults.yaml:19:15: issues[1].decision.weights: rule qualified_majority needs weights: {actor: voting weight, ...}",
        "veto-faults.yaml:19:53: issues[1].decision.threshold: value 1.5 is out of range (allowed: 0 to 1; share of the total weight a coalition needs, e.g. 0.71)",
        "veto-faults.yaml:23:15: issues[2].decision: the rule names B, who holds no position on issue trade; add a position for B (its ideal point defines what it prefers to the status quo)",
        "veto-faults.yaml:25:95: positions[0].influence.value: value -1 is out of range (allowed: >= 0; the actor's weight on this issue, in the units of capability, >= 0)");
  }
}
