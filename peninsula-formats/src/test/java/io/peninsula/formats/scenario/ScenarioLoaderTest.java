package io.peninsula.formats.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.ActorKind;
import io.peninsula.model.Scenario;
import io.peninsula.model.ScenarioEdit;
import io.peninsula.model.Uncertainty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
  static String resource(String name) {
    try (InputStream in = ScenarioLoaderTest.class.getResourceAsStream("/scenarios/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void parse_validFile_bindsEveryField() {
    Scenario s = ScenarioLoader.parse("mini.yaml", resource("mini.yaml"));
    assertThat(s.metadata().id()).isEqualTo("mini");
    assertThat(s.metadata().date()).isEqualTo("2025-01-01");
    assertThat(s.actors()).hasSize(3);
    assertThat(s.actor("B").orElseThrow().kind()).isEqualTo(ActorKind.FACTION);
    assertThat(s.actor("B").orElseThrow().parent()).contains("A");
    assertThat(s.actor("B").orElseThrow().capabilitySource().note()).contains("half of A");
    assertThat(s.actor("B").orElseThrow().capabilityUncertainty()).contains(new Uncertainty.Range(0.5, 1.5));
    assertThat(s.issue("posture").orElseThrow().anchors()).hasSize(3);
    var pb = s.position("B", "posture").orElseThrow();
    assertThat(pb.position()).isEqualTo(0.0);
    assertThat(pb.salience()).isEqualTo(1.0);
    assertThat(pb.source().quote()).contains("B wants them out");
    assertThat(pb.source().judgement()).isTrue();
    assertThat(s.position("C", "posture").orElseThrow().positionUncertainty()).contains(new Uncertainty.Triangular(30, 40, 50));
    assertThat(s.position("C", "sanctions").orElseThrow().salienceUncertainty())
        .contains(new Uncertainty.TruncatedNormal(1, 0.1, 0.8, 1));
    assertThat(s.position("B", "sanctions")).isEmpty();
    assertThat(s.relations()).hasSize(1);
    assertThat(s.options()).hasSize(2);
    assertThat(s.option("withdraw").orElseThrow().edits()).hasSize(9)
        .first().isEqualTo(new ScenarioEdit.SetPosition("A", "posture", 50));
  }

  @Test
  void parse_fileWithManyFaults_reportsEveryOneWithLineColumnAndField() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.parse("faults.yaml", resource("faults.yaml")));
    assertThat(e.problems()).extracting(Problem::format).containsExactly(
        "faults.yaml:1:5: id: scenario id \"Faulty_ID\" must be lower-case letters, digits and '-'",
        "faults.yaml:6:9: sources[1].id: duplicate source id \"hand\"; ids must be unique",
        "faults.yaml:11:11: actors[0].kind: unknown actor kind \"stat\" (allowed: state, faction, institution)",
        "faults.yaml:12:17: actors[0].capability: value -1 is out of range (allowed: >= 0; relative power, >= 0)",
        "faults.yaml:14:5: actors[1].capability_source: missing required field \"capability_source\" (where the value comes from: a source id or {ref: ID, quote: \"...\"})",
        "faults.yaml:18:5: actors[1].capabilty_source: unknown field \"capabilty_source\" (allowed: capability, capability_source, capability_uncertainty, id, indicators, kind, name, parent); did you mean \"capability_source\"?",
        "faults.yaml:24:42: positions[0].position: value 120 is out of range (allowed: 0 to 100; the scale of issue posture)",
        "faults.yaml:25:13: positions[1].actor: unknown actor \"Z\" (declared: A, B); did you mean \"A\"?",
        "faults.yaml:26:5: positions[2].salience: missing required field \"salience\" (share of attention, 0 = none, 1 = all)",
        "faults.yaml:26:54: positions[2].source: unknown source \"nowhere\" (declared: hand); declare it under sources:",
        "faults.yaml:27:23: positions[3].issue: unknown issue \"postur\" (declared: posture); did you mean \"posture\"?",
        "faults.yaml:27:41: positions[3].position: expected a number (position on the issue's scale), got \"high\"",
        "faults.yaml:27:59: positions[3].salience: value 1.4 is out of range (allowed: 0 to 1; share of attention, 0 = none, 1 = all)");
  }

  @Test
  void parse_malformedYaml_locatesTheSyntaxError() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.parse("bad.yaml", "id: x\nactors: [a, b\nissues: []\n"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("bad.yaml:3:").contains("malformed YAML");
  }

  @Test
  void parse_duplicateKey_reported() {
    String text = resource("mini.yaml").replace("title: Three actors, two issues", "title: one\ntitle: two");
    assertThatThrownBy(() -> ScenarioLoader.parse("dup.yaml", text))
        .isInstanceOf(InputException.class).hasMessageContaining("dup.yaml:5:1: title: duplicate key \"title\" (first at line 4); remove one of them");
  }

  @Test
  void parse_optionThatCannotApply_reportedAtTheEdit() {
    String text = resource("mini.yaml").replace("- shift_position: {actor: C, issue: sanctions, delta: 5}",
        "- shift_position: {actor: B, issue: sanctions, delta: 5}");
    assertThatThrownBy(() -> ScenarioLoader.parse("opt.yaml", text)).isInstanceOf(InputException.class)
        .hasMessageContaining("options[1].edits[2]: cannot apply: actor B has no position on issue sanctions");
  }

  @Test
  void parse_emptyFile_explains() {
    assertThatThrownBy(() -> ScenarioLoader.parse("empty.yaml", ""))
        .hasMessage("empty.yaml:1:1: the file is empty; expected a scenario mapping (see docs/scenario-format.md)");
  }

  @Test
  void roundTrip_yamlAndJson_giveTheSameScenario() {
    Scenario s = ScenarioLoader.parse("mini.yaml", resource("mini.yaml"));
    Scenario fromYaml = ScenarioLoader.parse("rt.yaml", ScenarioWriter.toYaml(s));
    Scenario fromJson = ScenarioLoader.parse("rt.json", ScenarioWriter.toJson(s));
    assertThat(fromYaml).isEqualTo(s);
    assertThat(fromJson).isEqualTo(s);
  }
}
