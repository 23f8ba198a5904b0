package io.peninsula.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.formats.InputException;
import io.peninsula.model.EventCondition;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.ScenarioEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBinderTest {
  static final String BASE = ScenarioLoaderTest.resource("mini.yaml");

  @Test
  void parse_events_bindsProbabilityConditionsAndEffects() {
    Scenario s = ScenarioLoader.parse("mini-events.yaml", ScenarioLoaderTest.resource("mini-events.yaml"));
    assertThat(s.events()).extracting(ScenarioEvent::id).containsExactly("cut", "relief");
    ScenarioEvent relief = s.events().get(1);
    assertThat(relief.probability()).isEqualTo(1.0);
    assertThat(relief.repeats()).isTrue();
    assertThat(relief.conditions()).containsExactly(new EventCondition.AfterEvent("cut"), new EventCondition.IssueBelow("posture", 30));
    assertThat(relief.effects()).containsExactly(new ScenarioEdit.ShiftPosition("A", "sanctions", -1));
    assertThat(s.events().get(0).source().judgement()).isTrue();
    assertThat(s.events().get(0).repeats()).isFalse();
    assertThat(s.events().get(0).effects()).last().isEqualTo(new ScenarioEdit.SetStatusQuo("posture", 20));
  }

  @Test
  void roundTrip_yamlAndJson_keepEvents() {
    Scenario s = ScenarioLoader.parse("mini-events.yaml", ScenarioLoaderTest.resource("mini-events.yaml"));
    assertThat(ScenarioLoader.parse("rt.yaml", ScenarioWriter.toYaml(s))).isEqualTo(s);
    assertThat(ScenarioLoader.parse("rt.json", ScenarioWriter.toJson(s))).isEqualTo(s);
  }

  @Test
  void applyingAnOption_keepsTheEvents() {
    Scenario s = ScenarioLoader.parse("mini-events.yaml", ScenarioLoaderTest.resource("mini-events.yaml"));
    assertThat(s.apply(s.option("withdraw").orElseThrow()).events()).isEqualTo(s.events());
  }

  @Test
  void parse_badEvents_everyFaultLocated() {
    String text = BASE + """
        events:
          - id: a
            title: A
            probability: 1.5
            source: hand
            when:
              - {after: nope}
              - {issue: posture, above: 120}
            effects:
              - set_position: {actor: A, issue: posture, value: 20}
          - id: b
            title: B
            probability: 0.1
            source: hand
            when:
              - {issue: posture}
            effects: []
        """;
    InputException e = (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioLoader.parse("ev.yaml", text));
    List<String> lines = e.problems().stream().map(p -> p.format()).toList();
    assertThat(lines).containsExactly(
        "ev.yaml:70:18: events[0].probability: value 1.5 is out of range (allowed: 0 to 1; the chance it happens in a given year)",
        "ev.yaml:73:17: events[0].when[0].after: unknown event \"nope\" (declared: a, b)",
        "ev.yaml:74:33: events[0].when[1].above: value 120 is out of range (allowed: 0 to 100; the scale of issue posture)",
        "ev.yaml:82:9: events[1].when[0]: a condition on an issue needs exactly one of above: or below: (a value on the issue's scale)",
        "ev.yaml:83:14: events[1].effects: an event needs at least one effect (an edit, as under options)");
  }

  @Test
  void statusQuoEdits_setCreatesOne_shiftNeedsOne() {
    Scenario s = ScenarioLoader.parse("mini-events.yaml", ScenarioLoaderTest.resource("mini-events.yaml"));
    Scenario moved = s.apply(new ScenarioEdit.SetStatusQuo("posture", 20)).apply(new ScenarioEdit.ShiftStatusQuo("posture", 95));
    assertThat(moved.issue("posture").orElseThrow().statusQuo().orElseThrow().value()).isEqualTo(100.0);
    assertThatThrownBy(() -> s.apply(new ScenarioEdit.ShiftStatusQuo("sanctions", 1)))
        .hasMessage("issue sanctions declares no status quo to shift (add status_quo: under the issue, or use set_status_quo)");
  }

  @Test
  void parse_cycleOfConditions_reportedOnce() {
    String text = BASE + """
        events:
          - id: a
            title: A
            probability: 0.1
            source: hand
            when: [{after: b}]
            effects: [{set_position: {actor: A, issue: posture, value: 20}}]
          - id: b
            title: B
            probability: 0.1
            source: hand
            when: [{after: a}]
            effects: [{set_position: {actor: A, issue: posture, value: 30}}]
        """;
    assertThatThrownBy(() -> ScenarioLoader.parse("cyc.yaml", text)).isInstanceOf(InputException.class)
        .hasMessage("cyc.yaml:78:20: events[1].when[0].after: conditions form a cycle (a needs b needs a):"
            + " none of these events can ever happen; remove one of the after: conditions");
  }

  @Test
  void parse_effectThatCannotApply_reportedAtTheEffect() {
    String text = BASE + """
        events:
          - id: a
            title: A
            probability: 0.1
            source: hand
            effects: [{shift_position: {actor: B, issue: sanctions, delta: 1}}]
        """;
    assertThatThrownBy(() -> ScenarioLoader.parse("eff.yaml", text)).isInstanceOf(InputException.class)
        .hasMessageContaining("events[0].effects[0]: cannot apply: actor B has no position on issue sanctions");
  }
}
